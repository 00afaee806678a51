package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;

/** ELU (Clevert et al. 2015, arXiv 1511.07289): f = x if x > 0 else α(eˣ − 1) via expm1; f′ = 1 or αeˣ (spec §9). */
public final class Elu extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("elu", "ELU", "f(x) = x if x > 0 else α(eˣ − 1)",
            (p, i, s, c) -> new Elu(p.get("alpha")), Hyperparameter.real("alpha", 1, 1e-6, 10, "scale α of the negative part"));
    private final double alpha;

    public Elu(double alpha) {
        this.alpha = FAMILY.hyperparameters().get(0).check(alpha);
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double f(double x) {
        return x > 0 ? x : alpha * Math.expm1(x);
    }

    @Override
    double df(double x) {
        return x > 0 ? 1 : alpha * Math.exp(x);
    }
}
