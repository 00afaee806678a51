package org.activationexplorer.report;

import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.plot.Axes;
import org.activationexplorer.plot.Color;
import org.activationexplorer.plot.CompareChart;
import org.activationexplorer.plot.Figure;
import org.activationexplorer.plot.Legend;
import org.activationexplorer.plot.LossChart;
import org.activationexplorer.plot.Painter;

/**
 * Training loss per group against epochs: each run's loss smoothed a little (the loss chart's moving average at
 * SMOOTHING), then the mean over the group's seeds as a line and their min–max as a band. Against
 * epochs, so groups of different batch sizes or training sets share the axis. Log scale where the losses span
 * more than two decades.
 */
public final class LossBands {
    static final double SMOOTHING = 0.6;
    private static final double FONT = AccuracyDots.FONT;
    private static final int MAX_POINTS = 400; // per group: finer than the plot's pixels would not show

    private LossBands() {}

    /** One group's curve: x in epochs, the mean and the min and max over its runs. */
    record Band(double[] x, double[] mean, double[] min, double[] max) {}

    public static Figure figure(List<RunGroup> groups) {
        double w = 860, plot = 440;
        List<Legend.Entry> key = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            key.add(Legend.Entry.line(groups.get(i).label(), CompareChart.color(i), 2));
            bands.add(band(groups.get(i)));
        }
        double h = plot + 14 + Legend.rows(key, w - 16, FONT) * Legend.rowHeight(FONT);
        return new Figure(w, h, p -> {
            p.fill(Color.WHITE);
            p.fillRect(0, 0, w, h);
            p.fill(Axes.TEXT);
            p.text("Training loss: mean over seeds (line), min–max (band); each run smoothed (EMA " + SMOOTHING + ")",
                    8, FONT * 1.5, FONT * 1.1, -1, true);
            Axes a = axes(bands, w, plot);
            a.draw(p, FONT, "epochs", "training loss" + (a.logY ? " (log scale)" : ""), w);
            p.clip(a.left, a.top, a.width, a.height);
            for (int i = 0; i < bands.size(); i++) {
                draw(p, a, bands.get(i), CompareChart.color(i));
            }
            p.unclip();
            Legend.draw(p, key, 8, plot + 14, w - 16, FONT);
        });
    }

    /** The group's runs' smoothed losses, point by point over the length they all have, thinned to MAX_POINTS. */
    static Band band(RunGroup g) {
        List<double[]> smoothed = new ArrayList<>();
        int n = Integer.MAX_VALUE;
        for (ReportRun r : g.runs()) {
            smoothed.add(LossChart.smooth(r.losses(), SMOOTHING));
            n = Math.min(n, r.losses().length);
        }
        ReportRun first = g.runs().get(0);
        int every = Math.max(1, (int) Math.ceil(n / (double) MAX_POINTS)), points = (n + every - 1) / every;
        double[] x = new double[points], mean = new double[points], min = new double[points], max = new double[points];
        for (int k = 0; k < points; k++) {
            int i = Math.min(n - 1, k * every);
            x[k] = (i + 0.5) * first.lossStride() / first.batchesPerEpoch();
            double sum = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            int finite = 0;
            for (double[] s : smoothed) {
                if (Double.isFinite(s[i])) {
                    sum += s[i];
                    lo = Math.min(lo, s[i]);
                    hi = Math.max(hi, s[i]);
                    finite++;
                }
            }
            mean[k] = finite > 0 ? sum / finite : Double.NaN;
            min[k] = finite > 0 ? lo : Double.NaN;
            max[k] = finite > 0 ? hi : Double.NaN;
        }
        return new Band(x, mean, min, max);
    }

    private static Axes axes(List<Band> bands, double w, double plot) {
        double end = 0, lo = Double.POSITIVE_INFINITY, hi = 0;
        for (Band b : bands) {
            for (int k = 0; k < b.x().length; k++) {
                end = Math.max(end, b.x()[k]);
                if (b.min()[k] > 0) {
                    lo = Math.min(lo, b.min()[k]);
                }
                if (Double.isFinite(b.max()[k])) {
                    hi = Math.max(hi, Math.min(b.max()[k], 10));
                }
            }
        }
        if (!(hi > lo)) {
            lo = 0.01;
            hi = 3;
        }
        boolean log = hi / lo > 100; // Axes labels decades only: with fewer than two in range, linear reads better
        return new Axes(4.6 * FONT, 3.6 * FONT, w - 5.8 * FONT, plot - 7.2 * FONT, 0, Math.max(end, 1e-9),
                log ? lo * 0.9 : lo - 0.05 * (hi - lo), log ? hi * 1.1 : hi + 0.05 * (hi - lo), log);
    }

    private static void draw(Painter p, Axes a, Band b, Color color) {
        int n = b.x().length;
        double[] xs = new double[2 * n], ys = new double[2 * n];
        int m = 0;
        for (int k = 0; k < n; k++) { // the upper edge left to right
            if (Double.isFinite(b.max()[k])) {
                xs[m] = a.px(b.x()[k]);
                ys[m++] = a.py(b.max()[k]);
            }
        }
        for (int k = n - 1; k >= 0; k--) { // then the lower edge back
            if (Double.isFinite(b.min()[k])) {
                xs[m] = a.px(b.x()[k]);
                ys[m++] = a.py(b.min()[k]);
            }
        }
        if (m > 2) {
            p.fill(color.withOpacity(0.2));
            p.fillPolygon(xs, ys, m);
        }
        double[] lx = new double[n], ly = new double[n];
        for (int k = 0; k < n; k++) {
            lx[k] = a.px(b.x()[k]);
            ly[k] = Double.isFinite(b.mean()[k]) ? a.py(b.mean()[k]) : Double.NaN;
        }
        p.stroke(color, 2);
        p.polyline(lx, ly, n);
    }
}
