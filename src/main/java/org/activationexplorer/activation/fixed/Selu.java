package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.BulkMath;

/** SELU (Klambauer et al. 2017, arXiv 1706.02515): f = λ·ELU_α(x); f′ = λ or λαeˣ (spec §9). */
public final class Selu extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("selu", "SELU", "f(x) = λ·(x if x > 0 else α(eˣ − 1)), λ ≈ 1.0507, α ≈ 1.6733", (p, i, s, c) -> new Selu());

    static final double LAMBDA = 1.0507009873554804934;
    static final double ALPHA = 1.6732632423543772848;

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double f(double x) {
        return LAMBDA * (x > 0 ? x : ALPHA * Math.expm1(x));
    }

    @Override
    double df(double x) {
        return x > 0 ? LAMBDA : LAMBDA * ALPHA * Math.exp(x);
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
        float a = (float) (LAMBDA * ALPHA);
        for (int i = 0; i < n; i++) {
            y[i] = x[i] > 0 ? (float) (LAMBDA) * x[i] : a * (t[i] - 1);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        int n = shape.size();
        float[] t = exps(x, n);
        float a = (float) (LAMBDA * ALPHA);
        for (int i = 0; i < n; i++) {
            dx[i] = dy[i] * (x[i] > 0 ? (float) (LAMBDA) : a * t[i]);
        }
    }
}
