package org.activationexplorer.activation.trainable;

import java.util.List;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.special.Logistic;
import org.activationexplorer.activation.special.UniformBSpline;

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
    private final UniformBSpline spline;
    private final int n;              // basis functions, G + k
    private final double[] b;         // (k+1) scratch: basis values at one x
    private final double[] db;        // (k+1) scratch: their slopes

    public KanSpline(int grid, int order, double range, Sharing sharing, int channels) {
        super(grid + order + 2, sharing, channels, initial(grid + order));
        this.spline = new UniformBSpline(grid, order, -range, range);
        this.n = grid + order;
        this.b = new double[order + 1];
        this.db = new double[order + 1];
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
        for (int e = from; e < to; e++) {
            y[e] = (float) value(x[e], theta, o);
        }
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc) {
        double wb = theta[o + n], ws = theta[o + n + 1];
        int k = spline.order();
        for (int e = from; e < to; e++) {
            double v = x[e], g = dy[e], s = Logistic.sigmoid(v), spline = 0, slope = 0;
            int first = this.spline.evaluate(v, b, db);
            if (first != Integer.MIN_VALUE) {
                for (int r = 0; r <= k; r++) {
                    int i = first + r;
                    if (i >= 0 && i < n) {
                        spline += theta[o + i] * b[r];
                        slope += theta[o + i] * db[r];
                        acc[i] += g * ws * b[r];
                    }
                }
            }
            dx[e] = (float) (g * (wb * s * (1 + v * (1 - s)) + ws * slope));
            acc[n] += g * v * s;
            acc[n + 1] += g * spline;
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
