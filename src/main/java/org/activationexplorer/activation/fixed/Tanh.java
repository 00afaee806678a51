package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;

/** f(x) = tanh x; f′ = 1 − tanh² x (spec §9). */
public final class Tanh extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("tanh", "Tanh", "f(x) = tanh(x)", (p, i, s, c) -> new Tanh());

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double f(double x) {
        return Math.tanh(x);
    }

    @Override
    double df(double x) {
        double t = Math.tanh(x);
        return 1 - t * t;
    }
}
