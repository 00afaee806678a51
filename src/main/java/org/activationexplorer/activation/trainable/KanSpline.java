package org.activationexplorer.activation.trainable;

import java.util.List;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Logistic;
import org.activationexplorer.activation.special.UniformBSpline;
import org.activationexplorer.activation.special.VectorApi;

/**
 * KAN-style learnable B-spline activation, 1-D (Liu et al. 2024, arXiv 2404.19756; pykan; spec §8.4):
 * φ(x) = w_b·SiLU(x) + w_s·Σ_i c_i·B_{i,k}(x) on a uniform grid of G intervals over [lo, hi] extended by k
 * knots each side. ∂φ/∂x = w_b·SiLU′ + w_s·Σ c_i·B′_i; ∂φ/∂c_i = w_s·B_i; ∂φ/∂w_s = Σ c_i·B_i; ∂φ/∂w_b = SiLU.
 * Parameters per set: c_0..c_{G+k−1}, w_b, w_s. Starts as SiLU (w_b = 1, c = 0, w_s = 1), pykan's
 * recipe for a 1-D activation. Outside the knots only the SiLU term remains (no grid updates yet).
 */
public final class KanSpline extends TrainableActivation {
    public static final Family FAMILY = new Family("kan_spline", "KAN B-spline", "φ(x) = w_b·SiLU(x) + w_s·Σᵢ cᵢ·Bᵢ(x)",
            "Liu et al.: KAN: Kolmogorov-Arnold Networks, 2024, arXiv 2404.19756", true,
            List.of(Hyperparameter.integer("grid", 5, 1, 50, "grid intervals G"),
                    Hyperparameter.integer("order", 3, 1, 5, "spline order k"),
                    Hyperparameter.real("range", 3, 0.1, 100, "the grid covers [−range, range]")),
            List.of("silu"), (p, init, sharing, channels) -> new KanSpline(p.get("grid").intValue(),
                    p.get("order").intValue(), p.get("range"), sharing, channels));
    private static final boolean VECTOR = VectorApi.PRESENT;
    private final UniformBSpline spline;
    private final int n;              // basis functions, G + k
    private final double[] b;         // (k+1) scratch: basis values at one x
    private final double[] db;        // (k+1) scratch: their slopes
    private final double knotStep;    // h
    private final double gridLo;
    private float[] padded = new float[0];      // (n + 6) one set's coefficients with 3 zeros each side

    public KanSpline(int grid, int order, double range, Sharing sharing, int channels) {
        super(grid + order + 2, sharing, channels, initial(grid + order));
        this.spline = new UniformBSpline(grid, order, -range, range);
        this.n = grid + order;
        this.b = new double[order + 1];
        this.db = new double[order + 1];
        this.knotStep = 2 * range / grid;
        this.gridLo = -range;
    }

    private static double[] initial(int bases) {
        double[] theta = new double[bases + 2];
        theta[bases] = 1;     // w_b
        theta[bases + 1] = 1; // w_s
        return theta;
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    void forwardRange(float[] x, float[] y, int from, int to, int o) {
        if (spline.order() == 3) {
            cubic(x, y, null, null, from, to, o, null, null);
            return;
        }
        for (int e = from; e < to; e++) {
            y[e] = (float) value(x[e], theta, o);
        }
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc) {
        double wb = theta[o + n], ws = theta[o + n + 1];
        int k = spline.order();
        for (int e = from; e < to; e++) {
            double v = x[e], g = dy[e], s = Logistic.sigmoid(v), sum = 0, slope = 0;
            int first = spline.evaluate(v, b, db);
            if (first != Integer.MIN_VALUE) {
                for (int r = 0; r <= k; r++) {
                    int i = first + r;
                    if (i >= 0 && i < n) {
                        sum += theta[o + i] * b[r];
                        slope += theta[o + i] * db[r];
                        acc[i] += g * ws * b[r];
                    }
                }
            }
            dx[e] = (float) (g * (wb * s * (1 + v * (1 - s)) + ws * slope));
            acc[n] += g * v * s;
            acc[n + 1] += g * sum;
        }
    }

    /**
     * The cubic case (the default) with the closed-form uniform B-spline basis in the local coordinate s of
     * the knot span, coefficients read from a copy padded with 3 zeros each side (so edge spans need no
     * branches), and σ(x) from one bulk exp. Forward when y is given, else backward into dx and acc.
     */
    @Override
    int accSize() {
        return setSize + n + 6; // θ, then the gradients of the padded coefficients
    }

    @Override
    void finishSet(int o, double[] acc) {
        for (int i = 0; i < n; i++) {
            acc[i] += acc[setSize + i + 3];
        }
    }

    @Override
    boolean splittable() {
        return spline.order() == 3; // the general order shares its basis scratch
    }

    @Override
    void prepare(int o, int count) {
        loadPadded(o);
        scratch(count);
    }

    private void loadPadded(int o) {
        if (padded.length < n + 6) {
            padded = new float[n + 6];
        }
        System.arraycopy(theta, o, padded, 3, n);
    }

    /** The lane sums of the vector backward (one per part): left zero by it, so finishSet has nothing to fold. */
    @Override
    int floatAccSize() {
        return VECTOR && spline.order() == 3 ? n * KanVectorKernel.lanes() : 0;
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc,
                       float[] laneSums) {
        if (spline.order() == 3) {
            cubic(x, null, dy, dx, from, to, o, acc, laneSums);
            return;
        }
        backwardRange(x, y, dy, dx, from, to, o, acc);
    }

    private void cubic(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc,
                       float[] laneSums) {
        if (!splitting()) {
            loadPadded(o);
        }
        int pg = setSize; // the padded coefficient gradients live in acc past θ's slots (see accSize)
        float wb = theta[o + n], ws = theta[o + n + 1], inverseH = 1 / (float) knotStep, lo = (float) gridLo;
        int spans = n + 3; // G + 2k knot spans
        float[] t = scratch(to);
        BulkMath.exp(x, -1f, t, from, to);
        int start = from;
        if (VECTOR) { // the bulk on 16 lanes, the tail below
            float shift = 1 - lo * inverseH;
            start = y != null ? KanVectorKernel.forward(x, t, y, from, to, theta, o, n, wb, ws, inverseH, shift)
                    : KanVectorKernel.backward(x, t, dy, dx, from, to, theta, o, n, wb, ws, inverseH, shift, acc,
                    laneSums);
        }
        double gradWb = 0, gradWs = 0;
        for (int e = start; e < to; e++) {
            float v = x[e], sig = 1 / (1 + t[e]), pos = (v - lo) * inverseH + 3, sum = 0, slope = 0;
            int m = (int) Math.floor(pos);
            boolean inside = pos >= 0 && m < spans;
            float s = inside ? pos - m : 0, s2 = s * s, s3 = s2 * s, r = 1 - s;
            float b0 = r * r * r / 6, b1 = (3 * s3 - 6 * s2 + 4) / 6, b2 = (-3 * s3 + 3 * s2 + 3 * s + 1) / 6, b3 = s3 / 6;
            if (inside) {
                sum = padded[m] * b0 + padded[m + 1] * b1 + padded[m + 2] * b2 + padded[m + 3] * b3;
            }
            if (y != null) {
                y[e] = wb * v * sig + ws * sum;
                continue;
            }
            float g = dy[e];
            if (inside) {
                slope = (-padded[m] * r * r + padded[m + 1] * (3 * s2 - 4 * s) + padded[m + 2] * (-3 * s2 + 2 * s + 1)
                        + padded[m + 3] * s2) * 0.5f * inverseH;
                float gw = g * ws;
                acc[pg + m] += gw * b0;
                acc[pg + m + 1] += gw * b1;
                acc[pg + m + 2] += gw * b2;
                acc[pg + m + 3] += gw * b3;
            }
            dx[e] = g * (wb * sig * (1 + v * (1 - sig)) + ws * slope);
            gradWb += g * v * sig;
            gradWs += g * sum;
        }
        if (acc != null) {
            acc[n] += gradWb;
            acc[n + 1] += gradWs;
        }
    }

    @Override
    double value(double x, float[] t, int o) {
        return t[o + n] * x * Logistic.sigmoid(x) + t[o + n + 1] * splineSum(x, t, o, false);
    }

    @Override
    double derivative(double x, float[] t, int o) {
        double s = Logistic.sigmoid(x);
        return t[o + n] * s * (1 + x * (1 - s)) + t[o + n + 1] * splineSum(x, t, o, true);
    }

    /** Σ c_i·B_i(x), or Σ c_i·B′_i(x). */
    private double splineSum(double x, float[] t, int o, boolean slope) {
        int first = spline.evaluate(x, b, db);
        if (first == Integer.MIN_VALUE) {
            return 0;
        }
        double sum = 0;
        for (int r = 0; r <= spline.order(); r++) {
            int i = first + r;
            if (i >= 0 && i < n) {
                sum += t[o + i] * (slope ? db[r] : b[r]);
            }
        }
        return sum;
    }
}
