package org.activationexplorer.activation.trainable;

import java.util.List;
import java.util.Map;
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
 * no series at 0, at least-squares fits on [−3, 3] (spec §1.3).
 */
public final class Taylor extends TrainableActivation {
    private static final String FIT_NOTE = "no series at the kink: a least-squares polynomial fit on [−3, 3]";
    private static final boolean VECTOR = VectorApi.PRESENT;
    private static final double S2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final Map<String, double[]> SERIES = Map.of(
            "sigmoid", new double[] {0.5, 0.25, 0, -1 / 48.0, 0, 1 / 480.0, 0, -17 / 80640.0, 0, 31 / 1451520.0},
            "tanh", new double[] {0, 1, 0, -1 / 3.0, 0, 2 / 15.0, 0, -17 / 315.0, 0, 62 / 2835.0},
            "softplus", new double[] {Math.log(2), 0.5, 1 / 8.0, 0, -1 / 192.0, 0, 1 / 2880.0, 0, -17 / 645120.0, 0},
            "silu", new double[] {0, 0.5, 0.25, 0, -1 / 48.0, 0, 1 / 480.0, 0, -17 / 80640.0, 0},
            "gelu", new double[] {0, 0.5, S2PI, 0, -S2PI / 6, 0, S2PI / 40, 0, -S2PI / 336, 0},
            // least-squares fits on [−3, 3]: degree 2 and degree 4 (spec §1.3)
            "relu2", new double[] {0.281255, 0.5, 0.156247},
            "relu4", new double[] {0.175784, 0.5, 0.273433, 0, -0.015190});
    public static final Family FAMILY = new Family("taylor", "Taylor polynomial", "f(x) = a₀ + a₁x + … + a_K x^K",
            new Card("Chung, Lee, Park: Deep neural network using trainable activation functions, IJCNN 2016 "
                    + "(form reconstructed)", Card.Form.RECONSTRUCTED, Map.of(
                            "relu", new Card.Note(Card.Form.FIT, FIT_NOTE),
                            "leaky_relu", new Card.Note(Card.Form.FIT, FIT_NOTE))),
            true, List.of(Hyperparameter.integer("degree", 3, 1, 9, "polynomial degree K"),
                    Hyperparameter.real("clamp", 0, 0, 100, "clamp inputs to [−c, c] (0: no clamp)")),
            List.of("silu", "tanh", "sigmoid", "softplus", "gelu", "relu", "leaky_relu"),
            (p, init, sharing, channels) -> new Taylor(p.get("degree").intValue(), p.get("clamp"),
                    init == null ? "silu" : init, sharing, channels));

    private final int degree;
    private final float clamp; // +∞ when off

    public Taylor(int degree, double clamp, String init, Sharing sharing, int channels) {
        super(degree + 1, sharing, channels, coefficients(init, degree));
        this.degree = degree;
        this.clamp = clamp > 0 ? (float) clamp : Float.POSITIVE_INFINITY;
    }

    /** The first degree+1 coefficients of the base's series or fit (zeros past its end). */
    static double[] coefficients(String init, int degree) {
        double[] source = switch (init) {
            case "relu" -> SERIES.get(degree >= 4 ? "relu4" : "relu2");
            case "leaky_relu" -> leaky(SERIES.get(degree >= 4 ? "relu4" : "relu2"));
            default -> SERIES.get(init);
        };
        if (source == null) {
            throw new IllegalArgumentException("taylor has no initialisation '" + init + "'; valid: " + FAMILY.initBases());
        }
        double[] a = new double[degree + 1];
        System.arraycopy(source, 0, a, 0, Math.min(source.length, a.length));
        return a;
    }

    /** leaky(x) = 0.01·x + 0.99·relu(x). */
    private static double[] leaky(double[] relu) {
        double[] a = new double[relu.length];
        for (int k = 0; k < a.length; k++) {
            a[k] = 0.99 * relu[k] + (k == 1 ? 0.01 : 0);
        }
        return a;
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
