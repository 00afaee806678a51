package org.activationexplorer.plot;

/**
 * The smallest and largest finite value of the series a chart shows, and the y-range drawn from them: 6 % of margin
 * on each side, and [−1, 1] when there is no spread (nothing finite, or a flat line).
 */
public final class ValueRange {
    private double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;

    public ValueRange add(double[] series) {
        for (double v : series) {
            add(v);
        }
        return this;
    }

    public ValueRange add(float[] series) {
        for (float v : series) {
            add(v);
        }
        return this;
    }

    private void add(double v) {
        if (Double.isFinite(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
    }

    /** The drawn range's bottom. */
    public double bottom() {
        return hi > lo ? lo - 0.06 * (hi - lo) : -1.12;
    }

    /** The drawn range's top. */
    public double top() {
        return hi > lo ? hi + 0.06 * (hi - lo) : 1.12;
    }
}
