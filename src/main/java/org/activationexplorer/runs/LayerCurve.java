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
}
