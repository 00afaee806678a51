package org.activationexplorer.report;

import java.util.List;
import java.util.Locale;
import org.activationexplorer.plot.Axes;
import org.activationexplorer.plot.Color;
import org.activationexplorer.plot.CompareChart;
import org.activationexplorer.plot.Figure;
import org.activationexplorer.plot.Legend;
import org.activationexplorer.plot.Painter;

/**
 * Test accuracy per group: every run as a dot (one per seed, so the spread is seen, not summarised away) and, beside
 * them, the mean with its 95 % confidence interval as a bar with caps. A column per group, named underneath.
 */
public final class AccuracyDots {
    static final double FONT = 12;
    private static final double SLOT = 130, LEFT = 64, TOP = 46, LABELS = 58;

    private AccuracyDots() {}

    public static Figure figure(List<RunGroup> groups) {
        double w = Math.max(520, LEFT + 20 + SLOT * groups.size()), h = 470;
        return new Figure(w, h, p -> draw(p, w, h, groups));
    }

    static void draw(Painter p, double w, double h, List<RunGroup> groups) {
        p.fill(Color.WHITE);
        p.fillRect(0, 0, w, h);
        p.fill(Axes.TEXT);
        p.text("Test accuracy: each run (dot), mean ± 95 % CI (t, n − 1 df)", 8, FONT * 1.5, FONT * 1.1, -1, true);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (RunGroup g : groups) {
            for (ReportRun r : g.runs()) {
                lo = Math.min(lo, 100 * r.testAccuracy());
                hi = Math.max(hi, 100 * r.testAccuracy());
            }
            Stats s = g.accuracy();
            if (Double.isFinite(s.ci95())) {
                lo = Math.min(lo, 100 * s.low());
                hi = Math.max(hi, 100 * s.high());
            }
        }
        double span = Math.max(hi - lo, 0.5), pad = 0.08 * span; // within 0–100 %: 2 seeds' interval can leave it
        Axes a = new Axes(LEFT, TOP, w - LEFT - 16, h - TOP - LABELS, 0, Math.max(1, groups.size()),
                Math.max(0, lo - pad), Math.min(100, hi + pad), false);
        yAxis(p, a, "test accuracy (%)");
        for (int i = 0; i < groups.size(); i++) {
            group(p, a, i, groups.get(i));
        }
    }

    /** Horizontal grid lines with labels on the left, the frame, and the axis title above it. */
    static void yAxis(Painter p, Axes a, String title) {
        double[] ticks = Axes.ticks(a.yLo, a.yHi, Math.max(2, (int) (a.height / (2.6 * FONT))));
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        p.stroke(Axes.GRID, 1);
        for (double t : ticks) {
            double y = a.py(t);
            p.line(a.left, y, a.left + a.width, y);
            p.fill(Axes.TEXT);
            p.text(Axes.format(t, step), a.left - 4, y + FONT / 3, FONT, 1, false);
        }
        p.stroke(Color.gray(0.55), 1);
        p.strokeRect(a.left, a.top, a.width, a.height);
        p.fill(Axes.TEXT);
        p.text(title, a.left, a.top - 5, FONT, -1, false);
    }

    private static void group(Painter p, Axes a, int i, RunGroup g) {
        double slot = a.px(i + 1) - a.px(i), centre = a.px(i + 0.5);
        Color color = CompareChart.color(i);
        List<ReportRun> runs = g.runs();
        for (int k = 0; k < runs.size(); k++) { // dots spread over the slot's left part, in seed order
            double x = centre - 0.12 * slot + (runs.size() == 1 ? 0 : (k / (runs.size() - 1.0) - 0.5) * 0.3 * slot);
            p.fill(color.withOpacity(0.75));
            p.fillCircle(x, a.py(100 * runs.get(k).testAccuracy()), 4.5);
        }
        Stats s = g.accuracy();
        double x = centre + 0.2 * slot, cap = 0.06 * slot, mean = a.py(100 * s.mean());
        p.clip(a.left, a.top, a.width, a.height);
        p.stroke(Axes.TEXT, 1.5);
        if (Double.isFinite(s.ci95())) {
            double top = a.py(100 * s.high()), bottom = a.py(100 * s.low());
            p.line(x, top, x, bottom);
            p.line(x - cap, top, x + cap, top);
            p.line(x - cap, bottom, x + cap, bottom);
        }
        p.stroke(Axes.TEXT, 3);
        p.line(x - 1.6 * cap, mean, x + 1.6 * cap, mean);
        p.unclip();
        p.fill(Axes.TEXT);
        p.text(String.format(Locale.ROOT, "%.2f", 100 * s.mean()), x + 2 * cap, mean - 3, FONT * 0.85, -1, false);
        String[] lines = {g.family(), g.arch() + (g.settings().isEmpty() ? "" : " · " + g.settings()),
            "n = " + runs.size()};
        for (int l = 0; l < lines.length; l++) {
            p.fill(l == 0 ? color : Axes.TEXT);
            p.text(Legend.fit(lines[l], FONT, slot - 6), centre, a.top + a.height + FONT * (1.3 + 1.25 * l), FONT, 0,
                    l == 0);
        }
    }
}
