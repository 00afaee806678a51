package org.activationexplorer.session;

import org.activationexplorer.runs.LayerCurve;
import org.activationexplorer.train.LayerHealth;

/**
 * One activation layer as the window shows it: its LayerCurve (the type run files keep), the curve it started from
 * on the same points, a bundle of per-neuron curves when parameters are per neuron/channel, and the share of inputs
 * outside the range (NaN where unknown, as in run files and previews), and the layer's health when measured.
 */
public record LayerSnapshot(
        int index,
        String title,
        String family,
        LayerCurve curve,
        float[] initialY,
        float[] initialDy,
        float[][] channelY,   // (sampled channels, points); empty with one parameter set
        int[] channelIds,
        double outsideShare,
        LayerHealth health) { // measured on a recent training batch; null where not measured (previews, replays)

    /** Without health figures. */
    public LayerSnapshot(int index, String title, String family, LayerCurve curve, float[] initialY, float[] initialDy,
                         float[][] channelY, int[] channelIds, double outsideShare) {
        this(index, title, family, curve, initialY, initialDy, channelY, channelIds, outsideShare, null);
    }

    /** The same with these health figures. */
    public LayerSnapshot withHealth(LayerHealth h) {
        return new LayerSnapshot(index, title, family, curve, initialY, initialDy, channelY, channelIds, outsideShare, h);
    }

    public double lo() {
        return curve.lo();
    }

    public double hi() {
        return curve.hi();
    }

    /** The sample points. */
    public double[] xs() {
        double[] xs = new double[curve.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = curve.x(i);
        }
        return xs;
    }

    public float[] y() {
        return curve.y();
    }

    public float[] dy() {
        return curve.dy();
    }

    public int[] histogram() {
        return curve.histogram();
    }

    public float[] parameters() {
        return curve.parameters();
    }

    /** Largest |y − initialY| where both are known: how far the curve has moved from its starting shape. */
    public double maxChange() {
        double max = 0;
        for (int i = 0; i < curve.size(); i++) {
            double d = Math.abs(curve.y()[i] - initialY[i]);
            if (Double.isFinite(d)) {
                max = Math.max(max, d);
            }
        }
        return max;
    }
}
