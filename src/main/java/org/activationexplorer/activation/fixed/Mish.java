package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Logistic;

/** Mish (Misra 2019, arXiv 1908.08681): f = x·tanh(sp(x)); f′ = tanh(sp) + x(1 − tanh² sp)·σ(x) (spec §9). */
public final class Mish extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("mish", "Mish", "f(x) = x·tanh(softplus(x))",
            "Misra: Mish: A Self Regularized Non-Monotonic Activation Function, BMVC 2020, arXiv 1908.08681",
            (p, i, s, c) -> new Mish());

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

    /** t = tanh(softplus(x)) = n(n+2)/(n(n+2)+2) with n = eˣ, and σ(x) = n/(1+n); n is capped at e^20, where t = 1. */
    private float[] exps(float[] x, int count) {
        float[] n = scratch(count);
        for (int i = 0; i < count; i++) {
            n[i] = Math.min(x[i], 20f);
        }
        BulkMath.exp(n, 1f, n, 0, count);
        return n;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        int count = shape.size();
        float[] n = exps(x, count);
        for (int i = 0; i < count; i++) {
            float p = n[i] * (n[i] + 2);
            y[i] = x[i] * (p / (p + 2));
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        int count = shape.size();
        float[] n = exps(x, count);
        for (int i = 0; i < count; i++) {
            float p = n[i] * (n[i] + 2), t = p / (p + 2), s = n[i] / (1 + n[i]);
            dx[i] = dy[i] * (t + x[i] * (1 - t * t) * s);
        }
    }
}
