package org.activationexplorer.activation.trainable;

import java.util.List;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.special.Logistic;
import org.activationexplorer.activation.special.UniformBSpline;
import org.activationexplorer.activation.special.VectorApi;

/**
 * KAN-style learnable B-spline activation, 1-D (Liu et al. 2024, arXiv 2404.19756; pykan; spec §8.4), on a uniform
 * grid of G intervals over [−range, range] extended by k knots each side; θ = (c_0 … c_{G+k−1}, w_b, w_s):
 * <pre>
 *   φ(x)    = w_b·SiLU(x) + w_s·Σ c_i·B_i(x)
 *   φ′(x)   = w_b·σ(x)·(1 + x·(1 − σ(x))) + w_s·Σ c_i·B′_i(x)
 *   ∂φ/∂c_i = w_s·B_i(x),   ∂φ/∂w_b = SiLU(x),   ∂φ/∂w_s = Σ c_i·B_i(x)
 * </pre>
 * Starts as SiLU (w_b = 1, c = 0, w_s = 1), pykan's recipe for a 1-D activation. Outside the knots only the SiLU term
 * remains (no grid updates yet). Any order evaluates its k + 1 non-zero bases by Cox–de Boor (UniformBSpline); the
 * cubic default's element loops are KanCubicPass (closed-form bases, and their vector twin).
 */
public final class KanSpline extends TrainableActivation {
    public static final Family FAMILY = new Family("kan_spline", "KAN B-spline", "φ(x) = w_b·SiLU(x) + w_s·Σᵢ cᵢ·Bᵢ(x)",
            "Liu et al.: KAN: Kolmogorov-Arnold Networks, 2024, arXiv 2404.19756", true,
            List.of(Hyperparameter.integer("grid", 5, 1, 50, "grid intervals G"),
                    Hyperparameter.integer("order", 3, 1, 5, "spline order k"),
                    Hyperparameter.real("range", 3, 0.1, 100, "the grid covers [−range, range]")),
            List.of("silu"), (p, init, sharing, channels) -> new KanSpline(p.get("grid").intValue(),
                    p.get("order").intValue(), p.get("range"), sharing, channels));
    private final UniformBSpline spline;
    private final int n;              // basis functions, G + k
    private final double[] b;         // (k+1) scratch: basis values at one x
    private final double[] db;        // (k+1) scratch: their slopes
    private final KanCubicPass cubic; // null unless k = 3
    private int first;                // the index of b[0]'s basis at splineSum's x (Integer.MIN_VALUE: outside the knots)

    public KanSpline(int grid, int order, double range, Sharing sharing, int channels) {
        super(grid + order + 2, sharing, channels, initial(grid + order));
        spline = new UniformBSpline(grid, order, -range, range);
        n = grid + order;
        b = new double[order + 1];
        db = new double[order + 1];
        cubic = order == 3 ? new KanCubicPass(n, 2 * range / grid, -range) : null;
    }

    private static double[] initial(int bases) {
        double[] theta = new double[bases + 2];
        theta[bases] = theta[bases + 1] = 1; // w_b = w_s = 1 with c = 0: SiLU
        return theta;
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double value(double x, float[] t, int o) {
        return t[o + n] * x * Logistic.sigmoid(x) + t[o + n + 1] * splineSum(x, t, o, b);
    }

    @Override
    double derivative(double x, float[] t, int o) {
        double s = Logistic.sigmoid(x);
        return t[o + n] * s * (1 + x * (1 - s)) + t[o + n + 1] * splineSum(x, t, o, db);
    }

    /** Σ c_i·B_i(x) with basis = b, or Σ c_i·B′_i(x) with basis = db; b and db then hold B_first… and B′_first… at x. */
    private double splineSum(double x, float[] t, int o, double[] basis) {
        first = spline.evaluate(x, b, db);
        double sum = 0;
        for (int r = 0; first != Integer.MIN_VALUE && r < b.length; r++) {
            sum += first + r >= 0 && first + r < n ? t[o + first + r] * basis[r] : 0;
        }
        return sum;
    }

    @Override
    void forwardRange(float[] x, float[] y, int from, int to, int o) {
        if (cubic != null) {
            cubic.run(x, y, null, null, scratch(to), from, to, theta, o, null, null, !splitting());
            return;
        }
        for (int e = from; e < to; e++) {
            y[e] = (float) value(x[e], theta, o);
        }
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc) {
        double wb = theta[o + n], ws = theta[o + n + 1];
        for (int e = from; e < to; e++) {
            double v = x[e], g = dy[e], s = Logistic.sigmoid(v), slope = splineSum(v, theta, o, db);
            for (int r = 0; first != Integer.MIN_VALUE && r < b.length; r++) { // the bases splineSum left in b
                if (first + r >= 0 && first + r < n) {
                    acc[first + r] += g * ws * b[r];
                    acc[n + 1] += g * theta[o + first + r] * b[r]; // ∂φ/∂w_s = Σ c_i·B_i
                }
            }
            dx[e] = (float) (g * (wb * s * (1 + v * (1 - s)) + ws * slope));
            acc[n] += g * v * s;
        }
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc,
                       float[] laneSums) {
        if (cubic != null) {
            cubic.run(x, null, dy, dx, scratch(to), from, to, theta, o, acc, laneSums, !splitting());
            return;
        }
        backwardRange(x, y, dy, dx, from, to, o, acc);
    }

    @Override
    int accSize() {
        return setSize + n + 6; // θ, then the cubic's gradients of the padded coefficients
    }

    @Override
    void finishSet(int o, double[] acc) {
        for (int i = 0; i < n; i++) {
            acc[i] += acc[setSize + i + 3];
        }
    }

    @Override
    boolean splittable() {
        return cubic != null; // the general order shares its basis scratch
    }

    @Override
    void prepare(int o, int count) { // split passes only, so cubic ones
        cubic.load(theta, o);
        scratch(count);
    }

    /** The lane sums of the vector backward (one per part): left zero by it, so finishSet has nothing to fold. */
    @Override
    int floatAccSize() {
        return VectorApi.PRESENT && cubic != null ? n * KanVectorKernel.lanes() : 0;
    }
}
