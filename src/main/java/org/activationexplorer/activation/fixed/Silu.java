package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.special.Logistic;

/** SiLU/Swish-1 (Elfwing et al. 2017; Ramachandran et al. 2017): f = x·σ(x); f′ = σ(1 + x(1 − σ)) (spec §9). */
public final class Silu extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("silu", "SiLU (Swish)", "f(x) = x·σ(x)", (p, i, s, c) -> new Silu());

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double f(double x) {
        return x * Logistic.sigmoid(x);
    }

    @Override
    double df(double x) {
        double s = Logistic.sigmoid(x);
        return s * (1 + x * (1 - s));
    }
}
