package org.activationexplorer.plot;

import org.activationexplorer.text.Numbers;
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
        // the legend on the axis titles' row where it fits between them, else in rows of its own above
        List<Legend.Entry> key = legend();
        double keySize = 0.9 * font, plotWidth = w - 8.4 * font; // margins: the loss labels, the accuracy labels
        double between = plotWidth - Legend.textWidth("loss", font) - Legend.textWidth("test accuracy", font) - 2 * font;
        boolean ownRows = Legend.rows(key, between, keySize) > 1;
        double lastRow = 1.1 * font + (Legend.rows(key, w - 8, keySize) - 1) * Legend.rowHeight(keySize);
        double top = ownRows ? lastRow + font + 6 : 2.2 * font;
        Axes a = new Axes(4.6 * font, top, plotWidth, h - top - 3.2 * font, 0, batches,
                logScale ? Math.max(1e-4, lo * 0.8) : 0, hi * 1.05, logScale);
        a.draw(p, font, "batches", "loss", w);
        p.fill(Axes.TEXT);
        p.text("test accuracy", a.left + a.width, a.top - 5, font, 1, false);
        if (ownRows) {
            Legend.draw(p, key, 4, 1.1 * font, w - 8, keySize);
        } else {
            Legend.draw(p, key, a.left + Legend.textWidth("loss", font) + font, a.top - 5, between, keySize);
        }
        // accuracy on its own right-hand scale, 0–100 %, as many labels as fit down the side (4 parts, 2 or 1)
        double accLo = 0.8, accHi = 1.0;
        for (EpochResult r : d.epochs()) {
            accLo = Math.min(accLo, Math.floor(r.testAccuracy() * 20) / 20);
        }
        int parts = a.height / 4 >= 1.5 * font ? 4 : a.height / 2 >= 1.5 * font ? 2 : 1;
        for (int i = 0; i <= parts; i++) {
            double v = accLo + (accHi - accLo) * i / parts, y = a.top + a.height * (1 - (double) i / parts);
            p.fill(ACCURACY);
            p.text(String.format(Locale.ROOT, "%.0f %%", 100 * v), a.left + a.width + 4,
                    Math.min(y + font / 3, a.top + a.height), font * 0.9, -1, false);
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
        if (!Double.isNaN(markBatch)) {
            double x = a.px(markBatch);
            p.stroke(Color.web("#d62728"), 2);
            p.line(x, a.top, x, a.top + a.height);
            p.fill(Color.web("#d62728"));
            String step = "step " + Math.round(markBatch);
            double at = Math.max(a.left + 4, Math.min(x + 4, a.left + a.width - Legend.textWidth(step, font) - 4));
            p.text(step, at, a.top + a.height - 6, font, -1, false);
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

    /** The swatches say how each series is drawn: the raw loss as a band, test loss as dots, the rest as lines. */
    static List<Legend.Entry> legend() {
        return List.of(Legend.Entry.box("train loss (raw)", RAW), Legend.Entry.line("smoothed", SMOOTH, 2),
                Legend.Entry.dot("test loss", TEST), Legend.Entry.line("test accuracy", ACCURACY, 1.5));
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
        String[] parts = {"batch " + (long) ((i + 0.5) * d.stride()) + ": loss " + Numbers.significant(d.losses()[i], 4),
                "smoothed " + Numbers.significant(s[i], 4)};
        for (EpochResult r : d.epochs()) {
            if (Math.abs(a.px(r.epoch() * (double) d.batchesPerEpoch()) - px) < 8) {
                parts = new String[] {"epoch " + r.epoch() + ": test loss " + Numbers.significant(r.testLoss(), 4),
                        String.format(Locale.ROOT, "accuracy %.2f %%", 100 * r.testAccuracy())};
            }
        }
        String line = String.join(", ", parts);
        String[] lines = Legend.textWidth(line, font) <= a.width - 14 ? new String[] {line} : parts; // stacked if narrow
        double wide = 0;
        for (int k = 0; k < lines.length; k++) {
            lines[k] = Legend.fit(lines[k], font, a.width - 14);
            wide = Math.max(wide, Legend.textWidth(lines[k], font));
        }
        double tx = Math.max(a.left + 7, Math.min(x + 8, a.left + a.width - wide - 7));
        p.fill(Color.color(1, 1, 1, 0.9));
        p.fillRect(tx - 3, a.top + 4, wide + 6, font * (0.25 + 1.25 * lines.length));
        p.fill(Axes.TEXT);
        for (int k = 0; k < lines.length; k++) {
            p.text(lines[k], tx, a.top + 4 + font * (1.1 + 1.25 * k), font, -1, false);
        }
    }
}
