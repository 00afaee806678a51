package org.activationexplorer.plot;

import java.util.List;
import org.activationexplorer.session.LayerSnapshot;

/**
 * How one layer's curve changed over training (TensorBoard's overlay mode and more): every recorded curve overlaid,
 * coloured from the first step (pale blue) to the last (dark red); f(x, t) as a heatmap over x and steps; and how far
 * the curve has moved from its start.
 */
public final class EvolutionChart {
    static final Color EARLY = Color.web("#9ecae1");
    static final Color LATE = Color.web("#b2182b");
    static final int COLUMNS = 96;

    private EvolutionChart() {}

    /** The colour of frame i of n on the ramp. */
    static Color ramp(int i, int n) {
        double t = n <= 1 ? 1 : (double) i / (n - 1);
        return Color.color(EARLY.red() + t * (LATE.red() - EARLY.red()), EARLY.green() + t * (LATE.green() - EARLY.green()),
                EARLY.blue() + t * (LATE.blue() - EARLY.blue()), 0.35 + 0.65 * t);
    }

    /** Every frame's curve on shared axes, early to late. */
    public static Axes overlay(Painter p, double w, double h, List<LayerSnapshot> frames, long[] steps, String title,
                               double font) {
        Limits l = Limits.of(frames);
        p.fill(Color.WHITE);
        p.fillRect(0, 0, w, h);
        double pad = 0.06 * (l.yHi() - l.yLo());
        Axes a = new Axes(4.2 * font, 4.2 * font, w - 5.2 * font, h - 7.4 * font, l.xLo(), l.xHi(), l.yLo() - pad,
                l.yHi() + pad, false);
        p.fill(Axes.TEXT);
        p.text(title, 4, 1.1 * font, font, -1, true);
        p.text("step " + steps[0] + " (pale) to " + steps[steps.length - 1] + " (dark red)", 4, 2.3 * font, 0.85 * font,
                -1, false);
        a.draw(p, 0.9 * font, "x (pre-activation)", "f(x)", w);
        p.clip(a.left, a.top, a.width, a.height);
        for (int f = 0; f < frames.size(); f++) {
            LayerSnapshot s = frames.get(f);
            int n = s.curve().size();
            double[] px = new double[n], py = new double[n];
            for (int i = 0; i < n; i++) {
                px[i] = a.px(s.curve().x(i));
                py[i] = Float.isFinite(s.y()[i]) ? a.py(s.y()[i]) : Double.NaN;
            }
            p.stroke(ramp(f, frames.size()), f == frames.size() - 1 ? 2.5 : 1.2);
            p.polyline(px, py, n);
        }
        p.unclip();
        return a;
    }

    /** f(x, t): a row per recorded step (first at the bottom), a column per x; blue below 0, red above, white at 0. */
    public static Axes heatmap(Painter p, double w, double h, List<LayerSnapshot> frames, long[] steps, String title,
                               double font) {
        Limits l = Limits.of(frames);
        p.fill(Color.WHITE);
        p.fillRect(0, 0, w, h);
        // rows: the recorded frames, the first at the bottom (frames are log-spaced: the first epoch gets many rows)
        Axes a = new Axes(4.2 * font, 4.2 * font, w - 5.2 * font, h - 7.4 * font, l.xLo(), l.xHi(), 0, frames.size(),
                false, false);
        p.fill(Axes.TEXT);
        p.text(title, 4, 1.1 * font, font, -1, true);
        double scale = Math.max(Math.abs(l.yLo()), Math.abs(l.yHi()));
        p.text(String.format(java.util.Locale.ROOT, "blue −%s, white 0, red +%s · rows: recorded steps %d (bottom) to %d "
                + "(top)", Axes.format(scale, scale / 10), Axes.format(scale, scale / 10), steps[0],
                steps[steps.length - 1]), 4, 2.3 * font, 0.85 * font, -1, false);
        double cw = a.width / COLUMNS, rh = a.height / frames.size();
        for (int f = 0; f < frames.size(); f++) {
            LayerSnapshot s = frames.get(f);
            for (int c = 0; c < COLUMNS; c++) {
                double x = l.xLo() + (c + 0.5) * (l.xHi() - l.xLo()) / COLUMNS;
                double v = InputMarks.valueAt(s, x);
                if (Double.isFinite(v)) {
                    p.fill(diverging(v / scale));
                    p.fillRect(a.left + c * cw, a.py(f + 1), cw + 0.3, rh + 0.3);
                }
            }
        }
        a.draw(p, 0.9 * font, "x (pre-activation)", "frame", w);
        return a;
    }

    /** Blue (−1) through white (0) to red (+1). */
    static Color diverging(double t) {
        double u = Math.max(-1, Math.min(1, t));
        return u < 0 ? Color.color(1 + u * 0.87, 1 + u * 0.6, 1 + u * 0.17, 1)
                : Color.color(1 - u * 0.3, 1 - u * 0.9, 1 - u * 0.83, 1);
    }

    /**
     * How far the curve moved from its start (max |f − f₀| over the frame's range) and, when given, how far it was
     * from its nearest classic (FitDistance), against steps.
     */
    public static Axes distance(Painter p, double w, double h, List<LayerSnapshot> frames, long[] steps,
                                FitDistance classic, double font) {
        p.fill(Color.WHITE);
        p.fillRect(0, 0, w, h);
        double[] fromStart = new double[frames.size()];
        double hi = 1e-9;
        for (int f = 0; f < frames.size(); f++) {
            fromStart[f] = frames.get(f).maxChange();
            hi = Math.max(hi, fromStart[f]);
            if (classic != null && Double.isFinite(classic.distance()[f])) {
                hi = Math.max(hi, classic.distance()[f]);
            }
        }
        double top = classic == null ? 2.4 * font : 3.6 * font;
        Axes a = new Axes(4.2 * font, top, w - 5.2 * font, h - top - 2.8 * font, 0, Math.max(1, steps[steps.length - 1]),
                0, hi * 1.05, false);
        p.fill(Axes.TEXT);
        p.text("distance from the initial curve (max |f − f₀|, dark red)" + (classic == null ? "" : " and from the "
                + "nearest classic, " + classic.name() + " (blue)"), 4, 1.1 * font, font, -1, true);
        if (classic != null) {
            p.text(classic.name() + " refitted as c·g(a·x + b) + d at each recorded step; max |f − fit| where the layer's "
                    + "inputs are", 4, 2.3 * font, 0.85 * font, -1, false);
        }
        a.draw(p, 0.9 * font, "training steps", null, w);
        line(p, a, steps, fromStart, LATE);
        if (classic != null) {
            line(p, a, steps, classic.distance(), FitLines.color(0));
        }
        return a;
    }

    private static void line(Painter p, Axes a, long[] steps, double[] values, Color color) {
        double[] xs = new double[values.length], ys = new double[values.length];
        for (int f = 0; f < values.length; f++) {
            xs[f] = a.px(steps[f]);
            ys[f] = Double.isFinite(values[f]) ? a.py(values[f]) : Double.NaN;
        }
        p.stroke(color, 2);
        p.polyline(xs, ys, xs.length);
    }
}
