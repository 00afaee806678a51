package org.activationexplorer.activation.special;

/**
 * B-spline basis of order k on a uniform grid of G intervals over [lo, hi], extended by k knots on each
 * side as pykan's extend_grid (spec §8.4): knots t_j = lo + (j − k)·h, j = 0..G+2k, basis B_0..B_{G+k−1}.
 * At any x only B_{m−k..m} can be non-zero, where t_m ≤ x < t_{m+1}; they are computed locally by the
 * Cox–de Boor triangle (The NURBS Book, BasisFuns), O(k²). Outside [t_0, t_{G+2k}) every basis is 0.
 */
public final class UniformBSpline {
    private final int intervals;
    private final int order;
    private final double lo;
    private final double h;
    private final double[] left;
    private final double[] right;
    private final double[] lower; // the order k−1 values of the last evaluate(), for derivatives

    public UniformBSpline(int intervals, int order, double lo, double hi) {
        if (intervals < 1 || order < 1 || !(hi > lo)) {
            throw new IllegalArgumentException("need G ≥ 1, k ≥ 1 and hi > lo");
        }
        this.intervals = intervals;
        this.order = order;
        this.lo = lo;
        this.h = (hi - lo) / intervals;
        this.left = new double[order + 1];
        this.right = new double[order + 1];
        this.lower = new double[order + 1];
    }

    /** Number of basis functions, G + k. */
    public int size() {
        return intervals + order;
    }

    public int order() {
        return order;
    }

    /**
     * Writes B_{m−k+r}(x) into values[r], r = 0..k, and, when slopes is not null, their derivatives; returns
     * m − k, the index of values[0]'s basis function (entries with index < 0 or ≥ size() are not bases and
     * are 0), or Integer.MIN_VALUE when x is outside the knots.
     */
    public int evaluate(double x, double[] values, double[] slopes) {
        double s = (x - lo) / h + order; // position in knot units from t_0
        if (!(s >= 0 && s < intervals + 2 * order)) {
            return Integer.MIN_VALUE;
        }
        int m = (int) s;
        values[0] = 1;
        for (int j = 1; j <= order; j++) {
            if (j == order) {
                System.arraycopy(values, 0, lower, 0, order);
            }
            left[j] = x - knot(m + 1 - j);
            right[j] = knot(m + j) - x;
            double saved = 0;
            for (int r = 0; r < j; r++) {
                double temp = values[r] / (right[r + 1] + left[j - r]);
                values[r] = saved + right[r + 1] * temp;
                saved = left[j - r] * temp;
            }
            values[j] = saved;
        }
        if (slopes != null) { // uniform knots: dB_{i,k}/dx = (B_{i,k−1} − B_{i+1,k−1})/h
            for (int r = 0; r <= order; r++) {
                double below = r > 0 ? lower[r - 1] : 0, above = r < order ? lower[r] : 0;
                slopes[r] = (below - above) / h;
            }
        }
        return m - order;
    }

    private double knot(int j) {
        return lo + (j - order) * h;
    }
}
