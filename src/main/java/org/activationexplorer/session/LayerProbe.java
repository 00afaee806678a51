package org.activationexplorer.session;

import org.activationexplorer.runs.LayerCurve;
import java.util.Arrays;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.nn.ActivationLayer;

/**
 * Looks at one activation layer for the window, on the training thread: samples its curve (and the curve
 * it started from) and histograms its latest inputs. The x-range is [0.5 %, 99.5 %] of the inputs joined
 * with [−3, 3]; it changes only when the data leave it, when it is more than twice as wide as needed, or on
 * request, so the plot does not "breathe" from batch to batch.
 */
final class LayerProbe {
    static final int POINTS = 256;
    static final int BINS = 64;
    private static final int QUANTILE_SAMPLE = 4096;
    private static final int HISTOGRAM_SAMPLE = 65_536;
    private static final int BUNDLE = 8;

    private final int index;
    private final ActivationLayer layer;
    private final Activation initial; // a copy frozen at the initial parameters
    private final int[] channelIds;
    private final float[] sample = new float[QUANTILE_SAMPLE];
    private double lo = -3;
    private double hi = 3;
    private boolean rescale = true;
    private float[] initialY;
    private float[] initialDy;
    private double initialLo;
    private double initialHi;

    LayerProbe(int index, ActivationLayer layer, Activation initial, boolean perChannel) {
        this.index = index;
        this.layer = layer;
        this.initial = initial;
        int channels = layer.channels();
        int bundle = perChannel ? Math.min(BUNDLE, channels) : 0;
        channelIds = new int[bundle];
        for (int i = 0; i < bundle; i++) {
            channelIds[i] = (int) ((long) i * channels / bundle);
        }
    }

    /**
     * The same view (initial curve) on the layer of a trainer that took over the run (restore), with the x-range
     * fitted afresh: the range of a diverged run had grown to the diverging inputs (±5e14 was seen).
     */
    LayerProbe rebind(ActivationLayer replacement) {
        return new LayerProbe(index, replacement, initial, channelIds.length > 0);
    }

    void requestRescale() {
        rescale = true;
    }

    LayerSnapshot snapshot() {
        float[] in = layer.lastInput();
        int n = in == null ? 0 : Math.min(in.length, layer.lastBatch() * layer.inputSize());
        updateRange(in, n);
        double[] xs = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            xs[i] = lo + (hi - lo) * i / (POINTS - 1);
        }
        Activation now = layer.activation();
        int main = channelIds.length > 0 ? channelIds[0] : 0;
        float[] y = new float[POINTS], dy = new float[POINTS];
        for (int i = 0; i < POINTS; i++) {
            y[i] = (float) now.value(xs[i], main);
            dy[i] = (float) now.derivative(xs[i], main);
        }
        if (initialY == null || initialLo != lo || initialHi != hi) {
            // the initial curve changes only with the range: not 512 evaluations a snapshot (DiTAC's exact CPAB
            // integration is microseconds a point, 15 snapshots a second, on the training thread)
            initialY = new float[POINTS];
            initialDy = new float[POINTS];
            for (int i = 0; i < POINTS; i++) {
                initialY[i] = (float) initial.value(xs[i], main);
                initialDy[i] = (float) initial.derivative(xs[i], main);
            }
            initialLo = lo;
            initialHi = hi;
        }
        float[] y0 = initialY, dy0 = initialDy; // shared between snapshots: immutable once made
        float[][] bundle = new float[channelIds.length][POINTS];
        for (int c = 0; c < channelIds.length; c++) {
            for (int i = 0; i < POINTS; i++) {
                bundle[c][i] = (float) now.value(xs[i], channelIds[c]);
            }
        }
        int[] histogram = new int[BINS];
        int outside = 0, counted = 0, stride = Math.max(1, n / HISTOGRAM_SAMPLE);
        double scale = BINS / (hi - lo);
        for (int e = 0; e < n; e += stride, counted++) {
            double v = in[e];
            int bin = (int) Math.floor((v - lo) * scale);
            if (bin >= 0 && bin < BINS) {
                histogram[bin]++;
            } else {
                outside++;
            }
        }
        String title = "Layer " + (index + 1) + " · " + now.family().displayName()
                + (layer.channelMajor() ? " (conv, " + layer.channels() + " ch)" : " (" + layer.channels() + " units)");
        return new LayerSnapshot(index, title, now.family().name(), new LayerCurve(lo, hi, y, dy, histogram,
                now.parameters().clone()), y0, dy0, bundle, channelIds.clone(),
                counted == 0 ? Double.NaN : (double) outside / counted);
    }

    private void updateRange(float[] in, int n) {
        if (n == 0) {
            return;
        }
        int m = Math.min(n, QUANTILE_SAMPLE), stride = n / m;
        for (int i = 0; i < m; i++) {
            sample[i] = in[i * stride];
        }
        Arrays.sort(sample, 0, m);
        double qLo = sample[(int) (0.005 * (m - 1))], qHi = sample[(int) Math.ceil(0.995 * (m - 1))];
        if (!Double.isFinite(qLo) || !Double.isFinite(qHi)) {
            return;
        }
        double wantLo = Math.min(-3, qLo), wantHi = Math.max(3, qHi);
        boolean left = wantLo < lo || wantHi > hi, tooWide = (wantHi - wantLo) < 0.5 * (hi - lo);
        if (rescale || left || tooWide) {
            double margin = 0.05 * (wantHi - wantLo); // a little room, so small drifts stay inside
            lo = wantLo - (wantLo < -3 ? margin : 0);
            hi = wantHi + (wantHi > 3 ? margin : 0);
            rescale = false;
        }
    }
}
