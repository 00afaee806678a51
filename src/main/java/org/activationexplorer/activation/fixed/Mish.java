package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.special.Logistic;

/** Mish (Misra 2019, arXiv 1908.08681): f = x·tanh(sp(x)); f′ = tanh(sp) + x(1 − tanh² sp)·σ(x) (spec §9). */
public final class Mish extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("mish", "Mish", "f(x) = x·tanh(softplus(x))", (p, i, s, c) -> new Mish());

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double f(double x) {
        return x * Math.tanh(Logistic.softplus(x));
    }

    @Override
    double df(double x) {
        double t = Math.tanh(Logistic.softplus(x));
        return t + x * (1 - t * t) * Logistic.sigmoid(x);
    }
}
