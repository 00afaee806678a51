package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Step;

/**
 * CELU: f(x) = max(0, x) + min(0, α(e^{x/α} − 1)), i.e. x for x > 0 and α·expm1(x/α) below; f′ = 1 or e^{x/α}.
 * ELU's negative branch has slope α at 0⁻, so ELU has a kink unless α = 1; dividing the exponent by α makes that
 * slope 1 for every α, so CELU is C¹ (continuously differentiable) for all α > 0. It is ELU for α = 1.
 */
public final class Celu extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("celu", "CELU", "f(x) = max(0, x) + min(0, α(e^(x/α) − 1))",
            "Barron: Continuously Differentiable Exponential Linear Units, 2017, arXiv 1704.07483",
            (p, i, s, c) -> new Celu(p.get("alpha")),
            Hyperparameter.real("alpha", 1, 0.01, 10, "scale α of the negative part (its lower bound is −α)"));
    private final double alpha;

    public Celu(double alpha) {
        this.alpha = FAMILY.hyperparameters().get(0).check(alpha);
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double f(double x) {
        return x > 0 ? x : alpha * Math.expm1(x / alpha); // expm1: no cancellation near 0
    }

    @Override
    double df(double x) {
        return x > 0 ? 1 : Math.exp(x / alpha);
    }

    /** e^{min(x, 0)/α} in bulk: the negative branch's exponential, 1 where x > 0 (so it cannot overflow). */
    private float[] exps(float[] x, int n) {
        float[] t = scratch(n);
        for (int i = 0; i < n; i++) {
            t[i] = Math.min(x[i], 0f);
        }
        BulkMath.exp(t, (float) (1 / alpha), t, 0, n);
        return t;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        int n = shape.size();
        float[] t = exps(x, n);
        float a = (float) alpha;
        for (int i = 0; i < n; i++) { // t = 1 where x > 0, so α(t − 1) vanishes there: no select (as Elu)
            y[i] = Math.max(x[i], 0f) + a * (t[i] - 1);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        int n = shape.size();
        float[] t = exps(x, n);
        for (int i = 0; i < n; i++) { // e^{x/α} below 0, 1 above: t + positive·(1 − t), t being 1 there anyway
            float positive = Step.positive(x[i]);
            dx[i] = dy[i] * (t[i] + positive * (1 - t[i]));
        }
    }
}
