package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Step;
import org.activationexplorer.activation.special.Logistic;

/** f(x) = log(1+eˣ) = max(x,0) + log1p(e^{−|x|}), which never overflows; f′ = σ(x) (spec §0, §9). */
public final class Softplus extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("softplus", "Softplus", "f(x) = log(1 + eˣ)",
            "Dugas et al.: Incorporating Second-Order Functional Knowledge for Better Option Pricing, NeurIPS 2000",
            (p, i, s, c) -> new Softplus());

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

    /** e^{−|x|} in bulk: at most 1, so neither it nor log1p of it can overflow. */
    private float[] exps(float[] x, int n) {
        float[] t = scratch(n);
        for (int i = 0; i < n; i++) {
            t[i] = -Math.abs(x[i]);
        }
        BulkMath.exp(t, 1f, t, 0, n);
        return t;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        int n = shape.size();
        float[] t = exps(x, n);
        BulkMath.log1p(t, t, 0, n);
        for (int i = 0; i < n; i++) {
            y[i] = Math.max(x[i], 0f) + t[i];
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        int n = shape.size();
        float[] t = exps(x, n);
        for (int i = 0; i < n; i++) { // u = e^{−|x|}
            float u = t[i], nonNegative = Step.nonNegative(x[i]); // σ: 1/(1 + u) for x ≥ 0, u/(1 + u) below
            dx[i] = dy[i] * (u + nonNegative * (1 - u)) / (1 + u);
        }
    }
}
