package org.activationexplorer.runs;

/**
 * One activation layer at one instant, the same live and in run files: its curve f and f′ sampled at y.length evenly
 * spaced points of [lo, hi], the histogram of its recent inputs over the same range, and its parameters.
 * Immutable by convention: nobody writes into the arrays once it is built.
 */
public record LayerCurve(double lo, double hi, float[] y, float[] dy, int[] histogram, float[] parameters) {

    /** The i-th sample point. */
    public double x(int i) {
        return lo + (hi - lo) * i / (y.length - 1);
    }

    /** How many sample points. */
    public int size() {
        return y.length;
    }

    /** values (y, dy, or a curve sampled on these points) linearly interpolated at x; NaN outside [lo, hi]. */
    public double interpolate(float[] values, double x) {
        double t = (x - lo) / (hi - lo) * (values.length - 1);
        if (!(t >= 0 && t <= values.length - 1)) {
            return Double.NaN;
        }
        int i = Math.min((int) t, values.length - 2);
        return values[i] + (t - i) * (values[i + 1] - values[i]);
    }

    /**
     * A weight per sample point: the count of the histogram bin it falls in (bins over [lo, hi] as they were
     * counted; the last point belongs to the last bin), or 1 everywhere when no input was counted.
     */
    public double[] inputWeights() {
        long counted = 0;
        for (int c : histogram) {
            counted += c;
        }
        double[] w = new double[y.length];
        for (int i = 0; i < w.length; i++) {
            int bin = (int) Math.min(histogram.length - 1L, (long) ((double) i / (y.length - 1) * histogram.length));
            w[i] = counted > 0 ? histogram[Math.max(bin, 0)] : 1;
        }
        return w;
    }
}
