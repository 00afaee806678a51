package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.special.Logistic;

/** f(x) = log(1+eˣ) = max(x,0) + log1p(e^{−|x|}), which never overflows; f′ = σ(x) (spec §0, §9). */
public final class Softplus extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("softplus", "Softplus", "f(x) = log(1 + eˣ)", (p, i, s, c) -> new Softplus());

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double f(double x) {
        return Logistic.softplus(x);
    }

    @Override
    double df(double x) {
        return Logistic.sigmoid(x);
    }
}
