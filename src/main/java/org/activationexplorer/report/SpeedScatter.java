package org.activationexplorer.report;

import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.plot.Axes;
import org.activationexplorer.plot.Color;
import org.activationexplorer.plot.CompareChart;
import org.activationexplorer.plot.Figure;
import org.activationexplorer.plot.Legend;
import org.activationexplorer.plot.Painter;

/**
 * Test accuracy against training speed: a dot per run in its group's colour, the group's mean as a diamond; up
 * and to the right is better. The key, a row per few groups, under the plot.
 */
public final class SpeedScatter {
    private static final double FONT = AccuracyDots.FONT;

    private SpeedScatter() {}

    public static Figure figure(List<RunGroup> groups) {
        double w = 760, plot = 420;
        List<Legend.Entry> key = key(groups);
        double h = plot + 14 + Legend.rows(key, w - 16, FONT) * Legend.rowHeight(FONT);
        return new Figure(w, h, p -> {
            p.fill(Color.WHITE);
            p.fillRect(0, 0, w, h);
            p.fill(Axes.TEXT);
            p.text("Test accuracy against training speed: each run (dot), group mean (diamond)", 8, FONT * 1.5,
                    FONT * 1.1, -1, true);
            Axes a = axes(groups, w, plot);
            a.draw(p, FONT, "training samples per second", "test accuracy (%)", w);
            for (int i = 0; i < groups.size(); i++) {
                Color color = CompareChart.color(i);
                for (ReportRun r : groups.get(i).runs()) {
                    p.fill(color.withOpacity(0.7));
                    p.fillCircle(a.px(r.samplesPerSecond()), a.py(100 * r.testAccuracy()), 4.5);
                }
                diamond(p, a.px(groups.get(i).samplesPerSecond().mean()), a.py(100 * groups.get(i).accuracy().mean()),
                        color);
            }
            Legend.draw(p, key, 8, plot + 14, w - 16, FONT);
        });
    }

    private static Axes axes(List<RunGroup> groups, double w, double plot) {
        double xLo = Double.POSITIVE_INFINITY, xHi = 0, yLo = Double.POSITIVE_INFINITY, yHi = Double.NEGATIVE_INFINITY;
        for (RunGroup g : groups) {
            for (ReportRun r : g.runs()) {
                xLo = Math.min(xLo, r.samplesPerSecond());
                xHi = Math.max(xHi, r.samplesPerSecond());
                yLo = Math.min(yLo, 100 * r.testAccuracy());
                yHi = Math.max(yHi, 100 * r.testAccuracy());
            }
        }
        double xPad = 0.08 * Math.max(xHi - xLo, 0.05 * xHi + 1), yPad = 0.08 * Math.max(yHi - yLo, 0.5);
        return new Axes(5 * FONT, 3.6 * FONT, w - 6.5 * FONT, plot - 7.2 * FONT, Math.max(0, xLo - xPad), xHi + xPad,
                yLo - yPad, yHi + yPad, false);
    }

    private static void diamond(Painter p, double x, double y, Color color) {
        double r = 8;
        double[] xs = {x, x + r, x, x - r, x}, ys = {y - r, y, y + r, y, y - r};
        p.fill(color);
        p.fillPolygon(xs, ys, 4);
        p.stroke(Axes.TEXT, 1.5);
        p.polyline(xs, ys, 5);
    }

    static List<Legend.Entry> key(List<RunGroup> groups) {
        List<Legend.Entry> key = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            key.add(Legend.Entry.dot(groups.get(i).label(), CompareChart.color(i)));
        }
        return key;
    }
}
