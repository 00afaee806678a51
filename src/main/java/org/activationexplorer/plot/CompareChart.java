package org.activationexplorer.plot;

import org.activationexplorer.runs.LayerCurve;
import java.util.List;
import org.activationexplorer.session.LayerSnapshot;

/** Several runs on one set of axes: their smoothed losses, or one layer's final curves, with a legend. */
public final class CompareChart {
    /** Distinct, print-safe colours (Tableau 10). */
    public static final List<Color> PALETTE = List.of(Color.web("#1f77b4"), Color.web("#d62728"), Color.web("#2ca02c"),
            Color.web("#ff7f0e"), Color.web("#9467bd"), Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#7f7f7f"));

    private CompareChart() {}

    public static Color color(int i) {
        return PALETTE.get(i % PALETTE.size());
    }

    /** Smoothed training loss of each run against batches. */
    public static Axes losses(Painter p, double w, double h, List<String> names, List<float[]> losses, List<Integer> strides,
                              double smoothing, double font) {
        return losses(p, w, h, names, losses, strides, null, smoothing, font);
    }

    /**
     * The same against epochs where the runs' batches per epoch differ (batchesPerEpoch, one per run; null: against
     * batches): a batch of a run on 10,000 images is not a batch of one on 60,000, an epoch is an epoch of each.
     */
    public static Axes losses(Painter p, double w, double h, List<String> names, List<float[]> losses, List<Integer> strides,
                              List<Integer> batchesPerEpoch, double smoothing, double font) {
        p.fill(Color.WHITE);
        p.fillRect(0, 0, w, h);
        boolean epochs = batchesPerEpoch != null && byEpochs(batchesPerEpoch);
        double end = epochs ? 0 : 1, hi = 0.1;
        double[] unit = new double[losses.size()]; // x per batch
        for (int r = 0; r < losses.size(); r++) {
            unit[r] = epochs ? 1.0 / Math.max(1, batchesPerEpoch.get(r)) : 1;
            end = Math.max(end, (double) losses.get(r).length * strides.get(r) * unit[r]);
            for (double v : LossChart.smooth(losses.get(r), smoothing)) {
                if (Double.isFinite(v)) {
                    hi = Math.max(hi, Math.min(v, 10));
                }
            }
        }
        Axes a = new Axes(4.6 * font, 2.2 * font, w - 5.8 * font, h - 5.4 * font, 0, end > 0 ? end : 1, 0, hi * 1.05, false);
        a.draw(p, font, epochs ? "epochs" : "batches", "training loss (smoothed)", w);
        p.clip(a.left, a.top, a.width, a.height);
        for (int r = 0; r < losses.size(); r++) {
            double[] s = LossChart.smooth(losses.get(r), smoothing);
            double[] xs = new double[s.length], ys = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                xs[i] = a.px((i + 0.5) * strides.get(r) * unit[r]);
                ys[i] = Double.isNaN(s[i]) ? Double.NaN : a.py(s[i]);
            }
            p.stroke(color(r), 2);
            p.polyline(xs, ys, s.length);
        }
        p.unclip();
        legend(p, a, names, colors(names.size()), font, false);
        return a;
    }

    /** Whether losses are drawn against epochs: when the runs' batches per epoch are not all the same. */
    public static boolean byEpochs(List<Integer> batchesPerEpoch) {
        return batchesPerEpoch.stream().distinct().count() > 1;
    }

    /** Test accuracy after each epoch, one line per run. */
    public static Axes accuracy(Painter p, double w, double h, List<String> names,
                                List<List<org.activationexplorer.train.EpochResult>> epochs, double font) {
        p.fill(Color.WHITE);
        p.fillRect(0, 0, w, h);
        int most = 1;
        double lo = 1;
        for (var run : epochs) {
            most = Math.max(most, run.size());
            for (var r : run) {
                lo = Math.min(lo, r.testAccuracy());
            }
        }
        lo = Math.max(0, Math.floor(Math.min(lo, 0.95) * 50) / 50);
        Axes a = new Axes(5 * font, 2.2 * font, w - 6.5 * font, h - 5.4 * font, 0, most, 100 * lo, 100, false, true);
        a.draw(p, font, "epoch", "test accuracy (%)", w);
        for (int r = 0; r < epochs.size(); r++) {
            var run = epochs.get(r);
            double[] xs = new double[run.size() + 1], ys = new double[xs.length];
            xs[0] = Double.NaN; // no point before the first epoch
            ys[0] = Double.NaN;
            for (int i = 0; i < run.size(); i++) {
                xs[i + 1] = a.px(run.get(i).epoch());
                ys[i + 1] = a.py(100 * run.get(i).testAccuracy());
            }
            p.stroke(color(r), 2);
            p.polyline(xs, ys, xs.length);
            p.fill(color(r));
            for (int i = 1; i < xs.length; i++) {
                p.fillCircle(xs[i], ys[i], 3.5);
            }
        }
        legend(p, a, names, colors(names.size()), font * 0.9, false);
        return a;
    }

    /** The same layer of each run (its final recorded curve), each on its own x-range, on shared axes. */
    public static Axes curves(Painter p, double w, double h, String title, List<String> names, List<LayerSnapshot> layers,
                              double font) {
        return curves(p, w, h, title, names, layers, colors(names.size()), font);
    }

    /** The same in given colours (a subset of the runs keeps each run's colour). */
    public static Axes curves(Painter p, double w, double h, String title, List<String> names, List<LayerSnapshot> layers,
                              List<Color> colors, double font) {
        p.fill(Color.WHITE);
        p.fillRect(0, 0, w, h);
        double xLo = Double.POSITIVE_INFINITY, xHi = Double.NEGATIVE_INFINITY;
        ValueRange y = new ValueRange();
        for (LayerSnapshot l : layers) {
            xLo = Math.min(xLo, l.lo());
            xHi = Math.max(xHi, l.hi());
            y.add(l.y());
        }
        Axes a = new Axes(4.5 * font, 3 * font, w - 5.5 * font, h - 6.2 * font, xLo, xHi, y.bottom(), y.top(), false);
        p.fill(Axes.TEXT);
        p.text(Legend.fit(title, font, w - 8), 4, font * 1.2, font, -1, true);
        a.draw(p, font * 0.9, "x (pre-activation)", "f(x)", w);
        p.clip(a.left, a.top, a.width, a.height);
        for (int r = 0; r < layers.size(); r++) {
            LayerSnapshot l = layers.get(r);
            double[] xs = new double[l.xs().length], ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = a.px(l.xs()[i]);
                ys[i] = Double.isFinite(l.y()[i]) ? a.py(l.y()[i]) : Double.NaN;
            }
            p.stroke(colors.get(r), 2);
            p.polyline(xs, ys, xs.length);
        }
        p.unclip();
        legend(p, a, names, colors, font * 0.9, true); // top left: activations rise to the right
        return a;
    }

    private static List<Color> colors(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(CompareChart::color).toList();
    }

    /** One run a row inside the plot, names cut to its width; rows that do not fit its height become "+ n more". */
    private static void legend(Painter p, Axes a, List<String> names, List<Color> colors, double font, boolean left) {
        int fit = (int) Math.max(1, Math.floor((a.height - 0.4 * font) / (1.4 * font)));
        int shown = names.size() <= fit ? names.size() : fit - 1;
        double room = a.width - 2.6 * font - 12;
        double y = a.top + font * 1.4;
        for (int r = 0; r < shown; r++, y += font * 1.4) {
            String name = Legend.fit(names.get(r), font, room);
            double textWidth = Legend.textWidth(name, font);
            double x = left ? a.left + 6 : a.left + a.width - textWidth - 2.6 * font - 6;
            p.fill(Color.color(1, 1, 1, 0.85));
            p.fillRect(x - 3, y - font, textWidth + 2.6 * font + 6, font * 1.3);
            p.stroke(colors.get(r), 3);
            p.line(x, y - font * 0.35, x + font * 1.4, y - font * 0.35);
            p.fill(Axes.TEXT);
            p.text(name, x + font * 2, y, font, -1, false);
        }
        if (shown < names.size()) {
            String more = "+ " + (names.size() - shown) + " more (see the table)";
            p.fill(Axes.TEXT);
            p.text(Legend.fit(more, font, room), left ? a.left + 6 + font * 2 : a.left + a.width - 6, y, font,
                    left ? -1 : 1, false);
        }
    }
}
