package org.activationexplorer.plot;

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
        p.fill(Color.WHITE);
        p.fillRect(0, 0, w, h);
        double batches = 1, hi = 0.1;
        for (int r = 0; r < losses.size(); r++) {
            batches = Math.max(batches, (double) losses.get(r).length * strides.get(r));
            for (double v : LossChart.smooth(losses.get(r), smoothing)) {
                if (Double.isFinite(v)) {
                    hi = Math.max(hi, Math.min(v, 10));
                }
            }
        }
        Axes a = new Axes(6 * font, 2.2 * font, w - 8 * font, h - 5.4 * font, 0, batches, 0, hi * 1.05, false);
        a.draw(p, font, "batches", "training loss (smoothed)");
        p.clip(a.left, a.top, a.width, a.height);
        for (int r = 0; r < losses.size(); r++) {
            double[] s = LossChart.smooth(losses.get(r), smoothing);
            double[] xs = new double[s.length], ys = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                xs[i] = a.px((i + 0.5) * strides.get(r));
                ys[i] = Double.isNaN(s[i]) ? Double.NaN : a.py(s[i]);
            }
            p.stroke(color(r), 2);
            p.polyline(xs, ys, s.length);
        }
        p.unclip();
        legend(p, a, names, font, false);
        return a;
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
        a.draw(p, font, "epoch", "test accuracy (%)");
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
        legend(p, a, names, font * 0.9, false);
        return a;
    }

    /** The same layer of each run (its final recorded curve), each on its own x-range, on shared axes. */
    public static Axes curves(Painter p, double w, double h, String title, List<String> names, List<LayerSnapshot> layers,
                              double font) {
        p.fill(Color.WHITE);
        p.fillRect(0, 0, w, h);
        double xLo = Double.POSITIVE_INFINITY, xHi = Double.NEGATIVE_INFINITY, lo = Double.POSITIVE_INFINITY,
                hi = Double.NEGATIVE_INFINITY;
        for (LayerSnapshot l : layers) {
            xLo = Math.min(xLo, l.lo());
            xHi = Math.max(xHi, l.hi());
            for (double v : l.y()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > lo)) {
            lo = -1;
            hi = 1;
        }
        double pad = 0.06 * (hi - lo);
        Axes a = new Axes(4.5 * font, 3 * font, w - 5.5 * font, h - 6.2 * font, xLo, xHi, lo - pad, hi + pad, false);
        p.fill(Axes.TEXT);
        p.text(title, 4, font * 1.2, font, -1, true);
        a.draw(p, font * 0.9, "x (pre-activation)", "f(x)");
        p.clip(a.left, a.top, a.width, a.height);
        for (int r = 0; r < layers.size(); r++) {
            LayerSnapshot l = layers.get(r);
            double[] xs = new double[l.xs().length], ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = a.px(l.xs()[i]);
                ys[i] = Double.isFinite(l.y()[i]) ? a.py(l.y()[i]) : Double.NaN;
            }
            p.stroke(color(r), 2);
            p.polyline(xs, ys, xs.length);
        }
        p.unclip();
        legend(p, a, names, font * 0.9, true); // top left: activations rise to the right
        return a;
    }

    private static void legend(Painter p, Axes a, List<String> names, double font, boolean left) {
        double y = a.top + font * 1.4;
        for (int r = 0; r < names.size(); r++, y += font * 1.4) {
            double textWidth = font * 0.6 * names.get(r).length();
            double x = left ? a.left + 6 : a.left + a.width - textWidth - 2.6 * font - 6;
            p.fill(Color.color(1, 1, 1, 0.85));
            p.fillRect(x - 3, y - font, textWidth + 2.6 * font + 6, font * 1.3);
            p.stroke(color(r), 3);
            p.line(x, y - font * 0.35, x + font * 1.4, y - font * 0.35);
            p.fill(Axes.TEXT);
            p.text(names.get(r), x + font * 2, y, font, -1, false);
        }
    }
}
