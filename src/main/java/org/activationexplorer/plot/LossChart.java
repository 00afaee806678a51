package org.activationexplorer.plot;

import java.util.List;
import java.util.Locale;
import org.activationexplorer.train.EpochResult;

/**
 * The loss panel: per-batch training loss (faint), its exponential moving average (TensorBoard's smoothing),
 * test loss per epoch (dots) and test accuracy per epoch (on the right axis), linear or log scale.
 */
public final class LossChart {
    public static final Color RAW = Color.web("#1f77b4", 0.28);
    public static final Color SMOOTH = Color.web("#1f77b4");
    public static final Color TEST = Color.web("#ff7f0e");
    public static final Color ACCURACY = Color.web("#2ca02c");

    /** The data drawn; losses[i] averages `stride` batches. */
    public record Data(float[] losses, int stride, List<EpochResult> epochs, int batchesPerEpoch) {}

    /** EMA with TensorBoard's debiasing: weight in [0, 1), 0 = none. */
    public static double[] smooth(float[] v, double weight) {
        double[] out = new double[v.length];
        double last = 0, decay = 1; // decay = weight^(points so far)
        for (int i = 0; i < v.length; i++) {
            if (!Float.isFinite(v[i])) {
                out[i] = Double.NaN;
                continue;
            }
            last = last * weight + (1 - weight) * v[i];
            decay *= weight;
            out[i] = last / (1 - decay);
        }
        return out;
    }

    /** Draws into (0,0,w,h); returns the axes for hover read-outs. */
    public static Axes draw(Painter p, double w, double h, Data d, double smoothing, boolean logScale,
                            double hoverX, double font) {
        return draw(p, w, h, d, smoothing, logScale, hoverX, Double.NaN, font);
    }

    /** The same with a marker at batch `markBatch` (the replay timeline's position; NaN for none). */
    public static Axes draw(Painter p, double w, double h, Data d, double smoothing, boolean logScale,
                            double hoverX, double markBatch, double font) {
        p.fill(Color.WHITE);
        p.fillRect(0, 0, w, h);
        double batches = Math.max(1, Math.max((double) d.losses().length * d.stride(),
                d.epochs().size() * (double) d.batchesPerEpoch()));
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (float l : d.losses()) {
            if (Float.isFinite(l)) {
                lo = Math.min(lo, l);
                hi = Math.max(hi, Math.min(l, 10));
            }
        }
        for (EpochResult r : d.epochs()) {
            lo = Math.min(lo, r.testLoss());
            hi = Math.max(hi, r.testLoss());
        }
        if (!(hi > 0)) {
            hi = 2.5;
            lo = 0.01;
        }
        Axes a = new Axes(6.5 * font, 2.2 * font, w - 11 * font, h - 5.4 * font, 0, batches,
                logScale ? Math.max(1e-4, lo * 0.8) : 0, hi * 1.05, logScale);
        a.draw(p, font, "batches", "loss");
        p.fill(Axes.TEXT);
        p.text("test accuracy", a.left + a.width, a.top - 5, font, 1, false);
        // accuracy on its own right-hand scale, 0–100 %
        double accLo = 0.8, accHi = 1.0;
        for (EpochResult r : d.epochs()) {
            accLo = Math.min(accLo, Math.floor(r.testAccuracy() * 20) / 20);
        }
        for (int i = 0; i <= 4; i++) {
            double v = accLo + (accHi - accLo) * i / 4, y = a.top + a.height * (1 - i / 4.0);
            p.fill(ACCURACY);
            p.text(String.format(Locale.ROOT, "%.0f %%", 100 * v), a.left + a.width + 4, y + font / 3, font * 0.9, -1, false);
        }
        int n = d.losses().length;
        p.clip(a.left, a.top, a.width, a.height);
        if (n > 0) {
            drawLosses(p, a, d, smoothing);
        }
        double[] ex = new double[d.epochs().size()], ey = new double[ex.length];
        for (int i = 0; i < ex.length; i++) {
            EpochResult r = d.epochs().get(i);
            ex[i] = a.px(r.epoch() * (double) d.batchesPerEpoch());
            ey[i] = a.top + a.height * (1 - (r.testAccuracy() - accLo) / (accHi - accLo));
        }
        p.stroke(ACCURACY, 1.5);
        p.polyline(ex, ey, ex.length);
        p.unclip();
        p.fill(ACCURACY);
        for (int i = 0; i < ex.length; i++) {
            p.fillCircle(ex[i], ey[i], 3.5);
        }
        p.fill(TEST); // outside the clip: the last epoch's dots sit on the right edge
        for (EpochResult r : d.epochs()) {
            p.fillCircle(a.px(r.epoch() * (double) d.batchesPerEpoch()), a.py(r.testLoss()), 4.5);
        }
        legend(p, a, font);
        if (!Double.isNaN(markBatch)) {
            double x = a.px(markBatch);
            p.stroke(Color.web("#d62728"), 2);
            p.line(x, a.top, x, a.top + a.height);
            p.fill(Color.web("#d62728"));
            p.text("step " + Math.round(markBatch), Math.min(x + 4, a.left + a.width - 60), a.top + a.height - 6, font, -1, false);
        }
        if (!Double.isNaN(hoverX) && n > 0) {
            hover(p, a, d, smoothing, hoverX, font);
        }
        return a;
    }

    /**
     * The raw series as a band from its min to its max per pixel column (at least a pixel high; a plain line while
     * there is at most a point per column), the smoothed
     * one as its mean per column: at most two points per column, so drawing costs the same for 500 points or
     * 50,000. A band, not the zigzag line through min and max it replaced: a software rasteriser (Xvfb, no GPU)
     * spent most of a frame on that line's 1,400 near-vertical segments (pulse p99 74-92 ms, 42 without it).
     */
    private static void drawLosses(Painter p, Axes a, Data d, double smoothing) {
        int n = d.losses().length;
        int columns = (int) Math.max(1, Math.ceil(a.width));
        double[] s = smooth(d.losses(), smoothing);
        double[] bandX = new double[columns + 1], top = new double[columns + 1], bottom = new double[columns + 1];
        double[] meanX = new double[columns], meanY = new double[columns];
        int band = 0, mean = 0, i = 0;
        while (i < n) {
            int column = (int) Math.floor(a.px((i + 0.5) * d.stride()) - a.left);
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, sum = 0;
            int count = 0, first = i;
            while (i < n && (int) Math.floor(a.px((i + 0.5) * d.stride()) - a.left) == column) {
                float v = d.losses()[i];
                if (Float.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                if (!Double.isNaN(s[i])) {
                    sum += s[i];
                    count++;
                }
                i++;
            }
            double x = i - first > 1 ? a.left + column + 0.5 : a.px((first + 0.5) * d.stride());
            if (band < top.length && lo <= hi) {
                double yHi = a.py(hi), yLo = a.py(lo), middle = (yHi + yLo) / 2;
                bandX[band] = x;
                top[band] = Math.min(yHi, middle - 0.5);
                bottom[band++] = Math.max(yLo, middle + 0.5);
            }
            if (mean < meanX.length && count > 0) {
                meanX[mean] = x;
                meanY[mean++] = a.py(sum / count);
            }
        }
        if (n <= columns) { // a point per column at most: the line itself (it has no zigzags to cost anything)
            double[] xs = new double[n], ys = new double[n];
            for (int k = 0; k < n; k++) {
                xs[k] = a.px((k + 0.5) * d.stride());
                ys[k] = Float.isFinite(d.losses()[k]) ? a.py(d.losses()[k]) : Double.NaN;
            }
            p.stroke(RAW, 1);
            p.polyline(xs, ys, n);
        } else if (band > 0) { // the top edge left to right, then the bottom edge back
            double[] xs = new double[2 * band], ys = new double[2 * band];
            for (int k = 0; k < band; k++) {
                xs[k] = bandX[k];
                ys[k] = top[k];
                xs[2 * band - 1 - k] = bandX[k];
                ys[2 * band - 1 - k] = bottom[k];
            }
            p.fill(RAW);
            p.fillPolygon(xs, ys, 2 * band);
        }
        p.stroke(SMOOTH, 2);
        p.polyline(meanX, meanY, mean);
    }

    private static void legend(Painter p, Axes a, double font) {
        String[] names = {"train loss (raw)", "smoothed", "test loss", "test accuracy"};
        Color[] colors = {RAW, SMOOTH, TEST, ACCURACY};
        double x = a.left + 6.5 * font, y = a.top - 5;
        for (int i = 0; i < names.length; i++) {
            p.fill(colors[i]);
            p.fillRect(x, y - font * 0.6, font * 0.9, font * 0.5);
            p.fill(Axes.TEXT);
            p.text(names[i], x + font * 1.2, y, font * 0.9, -1, false);
            x += font * (1.8 + 0.55 * names[i].length());
        }
    }

    private static void hover(Painter p, Axes a, Data d, double smoothing, double px, double font) {
        double batch = a.dataX(px);
        int i = (int) Math.max(0, Math.min(d.losses().length - 1, Math.floor(batch / d.stride())));
        double[] s = smooth(d.losses(), smoothing);
        double x = a.px((i + 0.5) * d.stride());
        p.stroke(Color.gray(0.4), 1);
        p.dashed(true);
        p.line(x, a.top, x, a.top + a.height);
        p.dashed(false);
        String text = String.format(Locale.ROOT, "batch %d: loss %.4f, smoothed %.4f", (long) ((i + 0.5) * d.stride()),
                d.losses()[i], s[i]);
        for (EpochResult r : d.epochs()) {
            if (Math.abs(a.px(r.epoch() * (double) d.batchesPerEpoch()) - px) < 8) {
                text = String.format(Locale.ROOT, "epoch %d: test loss %.4f, accuracy %.2f %%", r.epoch(), r.testLoss(),
                        100 * r.testAccuracy());
            }
        }
        double tx = Math.min(x + 8, a.left + a.width - font * 0.55 * text.length());
        p.fill(Color.color(1, 1, 1, 0.9));
        p.fillRect(tx - 3, a.top + 4, font * 0.55 * text.length() + 6, font * 1.5);
        p.fill(Axes.TEXT);
        p.text(text, tx, a.top + 4 + font * 1.1, font, -1, false);
    }
}
