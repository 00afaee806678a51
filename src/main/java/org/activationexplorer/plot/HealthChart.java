package org.activationexplorer.plot;

import java.util.List;
import org.activationexplorer.train.LayerHealth;

/**
 * One activation layer's health over training: the share of dead units, the share of saturated inputs and the mean
 * |f′| (the layer's gain on the gradient), against training steps, with a legend.
 */
public final class HealthChart {
    public static final Color DEAD = Color.web("#d62728");
    public static final Color SATURATED = Color.gray(0.45);
    public static final Color SLOPE = Color.web("#9467bd");

    private HealthChart() {}

    /** steps[i] and health[i] (this layer's) are one measurement each; at least two are needed for lines. */
    public static Axes draw(Painter p, double w, double h, long[] steps, List<LayerHealth> health, double font) {
        p.fill(Color.WHITE);
        p.fillRect(0, 0, w, h);
        int n = Math.min(steps.length, health.size());
        double hi = 1;
        for (LayerHealth x : health) {
            if (Double.isFinite(x.meanAbsSlope())) {
                hi = Math.max(hi, x.meanAbsSlope());
            }
        }
        double xHi = n == 0 ? 1 : Math.max(1, steps[n - 1]);
        Axes a = new Axes(4.2 * font, 2.6 * font, w - 5.2 * font, h - 5 * font, 0, xHi, 0, hi * 1.05, false);
        a.draw(p, 0.9 * font, "training steps", null, w);
        Legend.draw(p, List.of(Legend.Entry.line("dead units", DEAD, 2), Legend.Entry.line("saturated inputs", SATURATED, 2),
                Legend.Entry.line("mean |f′|", SLOPE, 2)), 4, 1.2 * font, w - 8, 0.85 * font);
        if (n < 2) {
            p.fill(Axes.TEXT);
            p.text("measured about once a second while training", a.left + a.width / 2, a.top + a.height / 2, font, 0,
                    false);
            return a;
        }
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = a.px(steps[i]);
        }
        p.clip(a.left, a.top, a.width, a.height);
        line(p, a, xs, ys, health, n, 0, DEAD);
        line(p, a, xs, ys, health, n, 1, SATURATED);
        line(p, a, xs, ys, health, n, 2, SLOPE);
        p.unclip();
        return a;
    }

    private static void line(Painter p, Axes a, double[] xs, double[] ys, List<LayerHealth> health, int n, int which,
                             Color color) {
        for (int i = 0; i < n; i++) {
            LayerHealth x = health.get(i);
            double v = which == 0 ? x.deadFraction() : which == 1 ? x.saturatedFraction() : x.meanAbsSlope();
            ys[i] = Double.isFinite(v) ? a.py(v) : Double.NaN;
        }
        p.stroke(color, 2);
        p.polyline(xs, ys, n);
    }
}
