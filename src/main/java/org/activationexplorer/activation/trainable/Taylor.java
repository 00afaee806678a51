package org.activationexplorer.activation.trainable;

import java.util.List;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.BaseFit;
import org.activationexplorer.activation.Card;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.special.VectorApi;

/**
 * Taylor-series trainable activation (after Chung, Lee, Park, IJCNN 2016; the form is reconstructed from
 * the abstract, spec §1 [R]): f(x) = Σ_{k=0..K} a_k·u^k with u = x, or u = clamp(x, −c, c) when the clamp c
 * is set (spec §1.5: the gradient w.r.t. x is then zero outside). f′ = Σ k·a_k·u^{k−1}; ∂f/∂a_k = u^k.
 * The a_k start at the Maclaurin coefficients of a base function, or, for ReLU and leaky ReLU, which have
 * no series at 0, at least-squares fits on [−3, 3] (spec §1.3; {@link TaylorInit}). Either is close to its base
 * only on an interval, which {@link BaseFit} computes for the card, describe and curve.
 */
public final class Taylor extends TrainableActivation implements BaseFit.StandIn {
    private static final boolean VECTOR = VectorApi.PRESENT;
    public static final Family FAMILY = new Family("taylor", "Taylor polynomial", "f(x) = a₀ + a₁x + … + a_K x^K",
            new Card("Chung, Lee, Park: Deep neural network using trainable activation functions, IJCNN 2016 "
                    + "(form reconstructed)", Card.Form.RECONSTRUCTED, TaylorInit.FIT_NOTES),
            true, List.of(Hyperparameter.integer("degree", 3, 1, 9, "polynomial degree K"),
                    Hyperparameter.real("clamp", 0, 0, 100, "clamp inputs to [−c, c] (0: no clamp)")),
            TaylorInit.BASES, (p, init, sharing, channels) -> new Taylor(p.get("degree").intValue(), p.get("clamp"),
                    init == null ? "silu" : init, sharing, channels));

    private final int degree;
    private final float clamp; // +∞ when off
    private final String init;

    public Taylor(int degree, double clamp, String init, Sharing sharing, int channels) {
        super(degree + 1, sharing, channels, TaylorInit.coefficients(init, degree));
        this.degree = degree;
        this.clamp = clamp > 0 ? (float) clamp : Float.POSITIVE_INFINITY;
        this.init = init;
    }

    /** The function the coefficients started from (its registry family at its defaults: leaky ReLU's 0.01). */
    @Override
    public Activation base() {
        return Activations.create(ActivationConfig.of(init), 1);
    }

    @Override
    public String kind() {
        return "polynomial";
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    // Loops run one coefficient at a time over the whole range (a pass per power), which the JIT vectorises;
    // per-element Horner over a variable degree did not (43k against 100k samples/s for ReLU).

    /** u = clamp(x, −c, c) into the scratch at [0, to). */
    private float[] clamped(float[] x, int from, int to, float[] buffer) {
        float c = clamp;
        for (int e = from; e < to; e++) {
            buffer[e] = Math.max(-c, Math.min(c, x[e]));
        }
        return buffer;
    }

    @Override
    void forwardRange(float[] x, float[] y, int from, int to, int o) {
        float[] u = clamped(x, from, to, scratch(to));
        float top = theta[o + degree];
        for (int e = from; e < to; e++) {
            y[e] = top;
        }
        for (int k = degree - 1; k >= 0; k--) { // Horner, one power per pass
            float a = theta[o + k];
            for (int e = from; e < to; e++) {
                y[e] = y[e] * u[e] + a;
            }
        }
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc) {
        float[] buffer = scratch(2 * to);
        float[] u = clamped(x, from, to, buffer);
        int pw = to; // powers u^k at buffer[pw + e]
        float top = degree * theta[o + degree];
        for (int e = from; e < to; e++) {
            dx[e] = top;
            buffer[pw + e] = 1;
        }
        for (int k = degree - 1; k >= 1; k--) { // f′ by Horner: Σ k·a_k·u^{k−1}
            float a = k * theta[o + k];
            for (int e = from; e < to; e++) {
                dx[e] = dx[e] * u[e] + a;
            }
        }
        for (int e = from; e < to; e++) { // zero slope where the clamp is active
            dx[e] = x[e] == u[e] ? dy[e] * dx[e] : 0f;
        }
        for (int k = 0; k <= degree; k++) { // ∂f/∂a_k = u^k, summed in float blocks of 256, then in double
            double sum = 0;
            int start = VECTOR ? TaylorVectorKernel.powerSum(dy, buffer, pw, u, from, to, acc, k) : from; // tail below
            for (int block = start; block < to; block += 256) {
                float part = 0;
                for (int e = block, end = Math.min(to, block + 256); e < end; e++) {
                    part += dy[e] * buffer[pw + e];
                    buffer[pw + e] *= u[e];
                }
                sum += part;
            }
            acc[k] += sum;
        }
    }

    @Override
    double value(double x, float[] t, int o) {
        double u = Math.max(-clamp, Math.min(clamp, x)), p = t[o + degree];
        for (int k = degree - 1; k >= 0; k--) {
            p = p * u + t[o + k];
        }
        return p;
    }

    @Override
    double derivative(double x, float[] t, int o) {
        if (Math.abs(x) > clamp) {
            return 0;
        }
        double p = t[o + degree], dp = 0;
        for (int k = degree - 1; k >= 0; k--) {
            dp = dp * x + p;
            p = p * x + t[o + k];
        }
        return dp;
    }
}
