package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;

/** SELU (Klambauer et al. 2017, arXiv 1706.02515): f = λ·ELU_α(x); f′ = λ or λαeˣ (spec §9). */
public final class Selu extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("selu", "SELU", "f(x) = λ·(x if x > 0 else α(eˣ − 1)), λ ≈ 1.0507, α ≈ 1.6733",
            "Klambauer, Unterthiner, Mayr, Hochreiter: Self-Normalizing Neural Networks, NeurIPS 2017, "
                    + "arXiv 1706.02515",
            (p, i, s, c) -> new Selu());

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

    private final Elu elu = new Elu(ALPHA);

    /** λ·ELU_α: the ELU loops, scaled. */
    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        elu.forward(x, y, shape);
        scale(y, shape.size());
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        elu.backward(x, y, dy, dx, shape); // ELU's backward reads only x and dy, not the (scaled) y
        scale(dx, shape.size());
    }

    private static void scale(float[] a, int n) {
        float lambda = (float) LAMBDA;
        for (int i = 0; i < n; i++) {
            a[i] *= lambda;
        }
    }
}
