package org.activationexplorer.plot;

import org.activationexplorer.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.train.LayerHealth;

/**
 * One activation layer: histogram of its inputs shaded behind, the initial curve as a pale ghost, the
 * current curve (and its derivative, optionally), a bundle of per-neuron curves with per-neuron parameters,
 * and, when a cursor x is given, a crosshair reading out x, f(x), f′(x).
 */
public final class ActivationChart {
    public static final Color CURVE = Color.web("#d62728");
    public static final Color GHOST = new Color(0.55, 0.55, 0.55, 0.45);
    public static final Color DERIVATIVE = Color.web("#9467bd");
    public static final Color HISTOGRAM = Color.web("#1f77b4", 0.16);
    /** Behind the inputs where |f′| < 0.05: a grey the histogram's blue still shows through. */
    public static final Color SATURATED = Color.gray(0.5).withOpacity(0.10);
    public static final Color BUNDLE = Color.web("#d62728", 0.35);

    /** fixed: axes kept across frames (a replay, a GIF), or null to fit this frame alone. */
    public record Options(boolean derivative, boolean labelledAxes, double cursorX, int highlightChannel, Limits fixed) {
        public Options(boolean derivative, boolean labelledAxes, double cursorX, int highlightChannel) {
            this(derivative, labelledAxes, cursorX, highlightChannel, null);
        }
    }

    public static Axes draw(Painter p, double w, double h, LayerSnapshot s, Options o, double font) {
        p.fill(Color.WHITE);
        p.fillRect(0, 0, w, h);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (float[] series : new float[][] {s.y(), s.initialY(), o.derivative() ? s.dy() : s.y()}) {
            for (double v : series) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        for (float[] c : s.channelY()) {
            for (double v : c) {
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
        if (o.fixed() != null) {
            lo = o.fixed().yLo();
            hi = o.fixed().yHi();
        }
        double xLo = o.fixed() != null ? o.fixed().xLo() : s.lo(), xHi = o.fixed() != null ? o.fixed().xHi() : s.hi();
        double pad = 0.06 * (hi - lo);
        // header: the title, the parameters, then the legend in as many rows as the width needs
        List<Legend.Entry> key = legend(s, o);
        double keySize = 0.85 * font, keyBaseline = 3.1 * font;
        int rows = Math.max(1, Legend.rows(key, w - 8, keySize));
        double lastRow = keyBaseline + (rows - 1) * Legend.rowHeight(keySize);
        double left = 4.2 * font, top = lastRow + (o.labelledAxes() ? 0.95 * font + 6 : 0.75 * font);
        double bottom = (o.labelledAxes() ? 3.6 : 2.2) * font;
        Axes a = new Axes(left, top, w - left - font, h - top - bottom, xLo, xHi, lo - pad, hi + pad, false);
        p.fill(Axes.TEXT);
        p.text(Legend.fit(s.title(), font, w - 8), 4, font * 1.1, font, -1, true);
        p.text(parameters(s, o.labelledAxes() ? 16 : 6, 0.8 * font, w - 8), 4, font * 2.1, font * 0.8, -1, false);
        Legend.draw(p, key, 4, keyBaseline, w - 8, keySize);
        a.draw(p, font * 0.9, o.labelledAxes() ? "x (pre-activation)" : null, o.labelledAxes() ? "f(x)" : null, w);
        p.clip(a.left, a.top, a.width, a.height);
        shadeSaturated(p, a, s);
        int max = 1;
        for (int c : s.histogram()) {
            max = Math.max(max, c);
        }
        double binWidth = (a.px(s.hi()) - a.px(s.lo())) / s.histogram().length; // the frame's own range
        p.fill(HISTOGRAM);
        for (int i = 0; i < s.histogram().length; i++) {
            double bh = a.height * 0.85 * s.histogram()[i] / max;
            p.fillRect(a.px(s.lo()) + i * binWidth, a.top + a.height - bh, binWidth + 0.3, bh);
        }
        if (lo < 0 && hi > 0) { // axes through the origin
            p.stroke(Color.gray(0.75), 1);
            p.line(a.left, a.py(0), a.left + a.width, a.py(0));
        }
        if (xLo < 0 && xHi > 0) {
            p.stroke(Color.gray(0.75), 1);
            p.line(a.px(0), a.top, a.px(0), a.top + a.height);
        }
        int n = s.curve().size();
        double[] px = new double[n], py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = a.px(s.curve().x(i));
        }
        for (int c = 0; c < s.channelY().length; c++) {
            project(a, s.channelY()[c], py);
            boolean hot = s.channelIds()[c] == o.highlightChannel();
            p.stroke(hot ? CURVE : BUNDLE, hot ? 2.5 : 1);
            p.polyline(px, py, n);
        }
        // the initial curve solid and pale, not dashed: a software rasteriser (Xvfb, no GPU) spent most of a frame
        // on the dashes' hundreds of pieces (pulse p99 40-56 ms with them, 21-27 ms without)
        project(a, s.initialY(), py);
        p.stroke(GHOST, 3);
        p.polyline(px, py, n);
        if (o.derivative()) {
            project(a, s.dy(), py);
            p.stroke(DERIVATIVE, 1.5);
            p.polyline(px, py, n);
        }
        if (s.channelY().length == 0) {
            project(a, s.y(), py);
            p.stroke(CURVE, 2.5);
            p.polyline(px, py, n);
        }
        p.unclip();
        p.fill(Axes.TEXT);
        if (!Double.isNaN(s.outsideShare())) {
            String foot = String.format(Locale.ROOT, "%.1f %% of inputs outside", 100 * s.outsideShare());
            p.text(Legend.fit(foot, 0.8 * font, a.width - 4), a.left + a.width - 2, a.top + a.height - 4, font * 0.8, 1, false);
        }
        if (s.health() != null) {
            health(p, a, s.health(), 0.8 * font);
        }
        if (!Double.isNaN(o.cursorX())) {
            crosshair(p, a, s, o.cursorX(), font);
        }
        return a;
    }

    /**
     * Where |f′| < LayerHealth.SATURATED the plot is shaded (as TF Playground does): inputs there pass almost no
     * gradient. One rectangle per stretch of such points, a handful per panel.
     */
    private static void shadeSaturated(Painter p, Axes a, LayerSnapshot s) {
        float[] dy = s.dy();
        p.fill(SATURATED);
        int start = -1;
        for (int i = 0; i <= dy.length; i++) {
            boolean flat = i < dy.length && Math.abs(dy[i]) < LayerHealth.SATURATED;
            if (flat && start < 0) {
                start = i;
            } else if (!flat && start >= 0) {
                double x0 = a.px(s.curve().x(start)), x1 = a.px(s.curve().x(i - 1));
                p.fillRect(x0, a.top, Math.max(1, x1 - x0), a.height);
                start = -1;
            }
        }
    }

    /** The layer's health in one line at the plot's top left: dead units, saturated inputs, gain, update size. */
    private static void health(Painter p, Axes a, LayerHealth h, double size) {
        String text = String.format(Locale.ROOT, "dead %.0f %% · saturated %.0f %% · mean |f′| %s · Δw/w 1e%s",
                100 * h.deadFraction(), 100 * h.saturatedFraction(), Numbers.significant(h.meanAbsSlope(), 2),
                Double.isFinite(h.updateRatio()) ? String.format(Locale.ROOT, "%.1f", h.updateRatio()) : "−∞");
        text = Legend.fit(text, size, a.width - 8);
        p.fill(Color.color(1, 1, 1, 0.8));
        p.fillRect(a.left + 2, a.top + 2, Legend.textWidth(text, size) + 6, size * 1.4);
        p.fill(Axes.TEXT);
        p.text(text, a.left + 5, a.top + 2 + size * 1.05, size, -1, false);
    }

    /**
     * What the colours stand for: the current curve (or the bundle of per-unit curves), the initial curve, f′
     * when shown, and the inputs' histogram with its scale: the tallest bar's share of the inputs counted.
     */
    static List<Legend.Entry> legend(LayerSnapshot s, Options o) {
        List<Legend.Entry> key = new ArrayList<>();
        int bundle = s.channelY().length;
        key.add(bundle == 0 ? Legend.Entry.line("current", CURVE, 2.5)
                : Legend.Entry.line("current (" + bundle + " units)", BUNDLE, 2));
        key.add(Legend.Entry.line("initial", GHOST, 3));
        if (o.derivative()) {
            key.add(Legend.Entry.line("f′", DERIVATIVE, 1.5));
        }
        long counted = 0, peak = 0;
        for (int c : s.histogram()) {
            counted += c;
            peak = Math.max(peak, c);
        }
        key.add(Legend.Entry.box(counted == 0 ? "inputs (none yet)"
                : String.format(Locale.ROOT, "inputs (peak bin %.1f %%)", 100.0 * peak / counted), HISTOGRAM));
        return key;
    }

    /** The first `max` parameters (per-neuron sets: those of the first neuron), and how many there are. */
    static String parameters(LayerSnapshot s, int max) {
        float[] t = s.parameters();
        if (t.length == 0) {
            return "fixed: no parameters";
        }
        StringBuilder b = new StringBuilder("θ = ");
        for (int i = 0; i < Math.min(max, t.length); i++) {
            b.append(i == 0 ? "" : ", ").append(Numbers.significant(t[i], 3));
        }
        if (t.length > max) {
            b.append(", … (").append(t.length).append(")");
        }
        return b.toString();
    }

    /** The same with as many parameters as fit in width at this text size (at least one, cut if need be). */
    static String parameters(LayerSnapshot s, int max, double size, double width) {
        String text = parameters(s, max);
        for (int m = max - 1; m >= 1 && Legend.textWidth(text, size) > width; m--) {
            text = parameters(s, m);
        }
        return Legend.fit(text, size, width);
    }

    private static void project(Axes a, float[] v, double[] out) {
        for (int i = 0; i < v.length; i++) {
            out[i] = Double.isFinite(v[i]) ? a.py(v[i]) : Double.NaN;
        }
    }

    private static void crosshair(Painter p, Axes a, LayerSnapshot s, double x, double font) {
        int n = s.xs().length;
        double t = (x - s.lo()) / (s.hi() - s.lo()) * (n - 1);
        int i = (int) Math.max(0, Math.min(n - 2, Math.floor(t)));
        double f = t - i, y = s.y()[i] + f * (s.y()[i + 1] - s.y()[i]), dy = s.dy()[i] + f * (s.dy()[i + 1] - s.dy()[i]);
        p.stroke(Color.gray(0.3), 1);
        p.dashed(true);
        p.line(a.px(x), a.top, a.px(x), a.top + a.height);
        p.line(a.left, a.py(y), a.left + a.width, a.py(y));
        p.dashed(false);
        p.fill(CURVE);
        p.fillCircle(a.px(x), a.py(y), 4);
        String[] parts = {"x = " + Numbers.significant(x, 4), "f(x) = " + Numbers.significant(y, 4),
                "f′(x) = " + Numbers.significant(dy, 4)};
        String line = String.join("   ", parts);
        String[] lines = Legend.textWidth(line, font) <= a.width - 16 ? new String[] {line} : parts; // stacked if narrow
        double wide = 0;
        for (String l : lines) {
            wide = Math.max(wide, Legend.textWidth(l, font));
        }
        p.fill(Color.color(1, 1, 1, 0.9));
        p.fillRect(a.left + 4, a.top + 4, Math.min(wide + 8, a.width - 8), font * (0.25 + 1.25 * lines.length));
        p.fill(Axes.TEXT);
        for (int k = 0; k < lines.length; k++) {
            p.text(Legend.fit(lines[k], font, a.width - 16), a.left + 8, a.top + 4 + font * (1.1 + 1.25 * k), font, -1, false);
        }
    }
}
