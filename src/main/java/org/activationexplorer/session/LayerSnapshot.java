package org.activationexplorer.session;

/**
 * One activation layer at one instant: its curve f and f′ on xs (now and at initialisation), a bundle of
 * per-neuron curves when parameters are per neuron/channel, a histogram of the layer's recent inputs over
 * [histogramLo, histogramHi] = [xs[0], xs[last]], the share of inputs outside that range, and its parameters.
 */
public record LayerSnapshot(
        int index,
        String title,
        String family,
        double[] xs,
        double[] y,
        double[] dy,
        double[] initialY,
        double[] initialDy,
        double[][] channelY,   // (sampled channels, xs.length); empty with one parameter set
        int[] channelIds,
        int[] histogram,
        double outsideShare,
        float[] parameters) {

    public double lo() {
        return xs[0];
    }

    public double hi() {
        return xs[xs.length - 1];
    }

    /** Largest |y − initialY| over xs where both are known: how far the curve has moved from its starting shape. */
    public double maxChange() {
        double max = 0;
        for (int i = 0; i < xs.length; i++) {
            double d = Math.abs(y[i] - initialY[i]);
            if (Double.isFinite(d)) {
                max = Math.max(max, d);
            }
        }
        return max;
    }
}
