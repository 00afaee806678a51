package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Step;
import org.activationexplorer.activation.Hyperparameter;

/** ELU (Clevert et al. 2015, arXiv 1511.07289): f = x if x > 0 else α(eˣ − 1) via expm1; f′ = 1 or αeˣ (spec §9). */
public final class Elu extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("elu", "ELU", "f(x) = x if x > 0 else α(eˣ − 1)",
            "Clevert, Unterthiner, Hochreiter: Fast and Accurate Deep Network Learning by Exponential Linear Units "
                    + "(ELUs), ICLR 2016, arXiv 1511.07289",
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

    /** e^{min(x, 0)} in bulk: eˣ where the negative branch needs it, 1 elsewhere (no overflow). */
    private float[] exps(float[] x, int n) {
        float[] t = scratch(n);
        for (int i = 0; i < n; i++) {
            t[i] = Math.min(x[i], 0f);
        }
        BulkMath.exp(t, 1f, t, 0, n);
        return t;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        int n = shape.size();
        float[] t = exps(x, n);
        float a = (float) alpha;
        for (int i = 0; i < n; i++) { // t = 1 where x > 0, so no select (a data-dependent branch costs ~30 %)
            y[i] = Math.max(x[i], 0f) + a * (t[i] - 1);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        int n = shape.size();
        float[] t = exps(x, n);
        float a = (float) alpha;
        for (int i = 0; i < n; i++) {
            float positive = Step.positive(x[i]), at = a * t[i];
            dx[i] = dy[i] * (at + positive * (1 - at));
        }
    }
}
