package org.activationexplorer.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.activationexplorer.plot.Axes;
import org.activationexplorer.plot.Color;
import org.activationexplorer.plot.CompareChart;
import org.activationexplorer.plot.Figure;
import org.activationexplorer.plot.Legend;
import org.activationexplorer.plot.Painter;
import org.activationexplorer.plot.ValueRange;
import org.activationexplorer.runs.LayerCurve;

/**
 * Each activation layer's learned curve across a group's seeds: a row per group, a panel per layer, with the
 * median over seeds as a line and the min–max as a band, and the initial curve (of the first seed) in grey. Drawn
 * on the x-range every seed recorded (each run records its own, from its inputs), so no part is extrapolated.
 */
public final class CurveBands {
    static final int POINTS = 160;
    private static final double FONT = 11, PANEL_W = 330, PANEL_H = 250, HEADER = 46;
    private static final Color INITIAL = Color.gray(0.55);

    private CurveBands() {}

    /** One layer of one group: x, and per x the median, min and max over the seeds, and the initial curve. */
    record Band(double[] x, double[] median, double[] min, double[] max, double[] initial, int seeds) {}

    public static Figure figure(List<RunGroup> groups) {
        int layers = Math.max(1, groups.stream().flatMap(g -> g.runs().stream())
                .mapToInt(r -> r.finalLayers().size()).max().orElse(1));
        // a row per group with a panel per layer; networks of one activation layer: up to 3 groups a row
        int perRow = layers == 1 ? Math.min(3, groups.size()) : 1, rows = (groups.size() + perRow - 1) / perRow;
        double w = Math.max(640, perRow * layers * PANEL_W), h = HEADER + rows * PANEL_H;
        return new Figure(w, h, p -> {
            p.fill(Color.WHITE);
            p.fillRect(0, 0, w, h);
            p.fill(Axes.TEXT);
            p.text("Learned activations, last recorded step: median over seeds (line), min–max (band)", 8,
                    FONT * 1.5, FONT * 1.15, -1, true);
            Legend.draw(p, List.of(Legend.Entry.line("median", Axes.TEXT, 2),
                    Legend.Entry.box("min–max over seeds", Axes.TEXT.withOpacity(0.2)),
                    Legend.Entry.line("initial (first seed)", INITIAL, 1.5)), 8, FONT * 3.2, w - 16, FONT);
            for (int g = 0; g < groups.size(); g++) {
                RunGroup group = groups.get(g);
                double x = (g % perRow) * layers * PANEL_W, y = HEADER + (g / perRow) * PANEL_H;
                for (int l = 0; l < group.runs().get(0).finalLayers().size(); l++) {
                    p.translate(x + l * PANEL_W, y);
                    panel(p, band(group, l), group.label() + " · layer " + (l + 1), CompareChart.color(g));
                    p.untranslate();
                }
            }
        });
    }

    /** Layer `layer` of every run in the group that has it, on the x-range all of them cover. */
    static Band band(RunGroup group, int layer) {
        List<LayerCurve> curves = new ArrayList<>();
        for (ReportRun r : group.runs()) {
            if (layer < r.finalLayers().size()) {
                curves.add(r.finalLayers().get(layer));
            }
        }
        double lo = curves.stream().mapToDouble(LayerCurve::lo).max().orElse(-1);
        double hi = curves.stream().mapToDouble(LayerCurve::hi).min().orElse(1);
        if (!(hi > lo)) { // ranges without overlap: fall back to the first run's own
            lo = curves.get(0).lo();
            hi = curves.get(0).hi();
        }
        ReportRun first = group.runs().get(0);
        LayerCurve initial = layer < first.initialLayers().size() ? first.initialLayers().get(layer) : null;
        double[] x = new double[POINTS], median = new double[POINTS], min = new double[POINTS];
        double[] max = new double[POINTS], start = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = lo + (hi - lo) * i / (POINTS - 1);
            double[] ys = new double[curves.size()];
            int m = 0;
            for (LayerCurve c : curves) {
                double y = c.interpolate(c.y(), x[i]);
                if (Double.isFinite(y)) {
                    ys[m++] = y;
                }
            }
            double[] values = Arrays.copyOf(ys, m);
            Arrays.sort(values);
            median[i] = m == 0 ? Double.NaN : m % 2 == 1 ? values[m / 2] : (values[m / 2 - 1] + values[m / 2]) / 2;
            min[i] = m == 0 ? Double.NaN : values[0];
            max[i] = m == 0 ? Double.NaN : values[m - 1];
            start[i] = initial == null ? Double.NaN : initial.interpolate(initial.y(), x[i]);
        }
        return new Band(x, median, min, max, start, curves.size());
    }

    private static void panel(Painter p, Band b, String title, Color color) {
        ValueRange y = new ValueRange().add(b.min()).add(b.max()).add(b.initial());
        Axes a = new Axes(3.8 * FONT, 2.4 * FONT, PANEL_W - 5 * FONT, PANEL_H - 5.4 * FONT, b.x()[0],
                b.x()[b.x().length - 1], y.bottom(), y.top(), false);
        p.fill(color);
        p.text(Legend.fit(title + " (" + b.seeds() + " seeds)", FONT, PANEL_W - 8), 6, FONT * 1.2, FONT, -1, true);
        a.draw(p, FONT * 0.9, "x", null, PANEL_W);
        p.clip(a.left, a.top, a.width, a.height);
        int n = b.x().length;
        double[] xs = new double[2 * n], ys = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xs[i] = a.px(b.x()[i]);
            ys[i] = a.py(b.max()[i]);
            xs[2 * n - 1 - i] = xs[i];
            ys[2 * n - 1 - i] = a.py(b.min()[i]);
        }
        if (Arrays.stream(ys).allMatch(Double::isFinite)) { // a polygon takes no gaps
            p.fill(color.withOpacity(0.22));
            p.fillPolygon(xs, ys, 2 * n);
        }
        p.stroke(INITIAL, 1.5);
        p.polyline(Arrays.copyOf(xs, n), pixels(a, b.initial()), n);
        p.stroke(color, 2);
        p.polyline(Arrays.copyOf(xs, n), pixels(a, b.median()), n);
        p.unclip();
    }

    private static double[] pixels(Axes a, double[] values) {
        double[] ys = new double[values.length];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = Double.isFinite(values[i]) ? a.py(values[i]) : Double.NaN;
        }
        return ys;
    }
}
