package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.special.Logistic;

/** f(x) = σ(x), computed so exp never overflows; f′ = σ(1 − σ) (spec §9). */
public final class Sigmoid extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("sigmoid", "Sigmoid", "f(x) = σ(x) = 1/(1 + e^(−x))", (p, i, s, c) -> new Sigmoid());

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double f(double x) {
        return Logistic.sigmoid(x);
    }

    @Override
    double df(double x) {
        double s = Logistic.sigmoid(x);
        return s * (1 - s);
    }
}
