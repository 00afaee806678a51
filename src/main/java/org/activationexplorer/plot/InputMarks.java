package org.activationexplorer.plot;

import org.activationexplorer.session.LayerSnapshot;

/**
 * Where one image's inputs to a layer fall on its curve: a rug of short ticks along the bottom of the plot (one per
 * input, at most MAX_TICKS of them, evenly chosen) and a dot on the curve for a few of them, so a student sees which
 * part of the learned shape this digit uses.
 */
public final class InputMarks {
    public static final Color MARK = Color.web("#ff7f0e");
    static final int MAX_TICKS = 400;
    static final int MAX_DOTS = 40;

    private InputMarks() {}

    public static void draw(Painter p, Axes a, LayerSnapshot s, float[] inputs) {
        if (inputs.length == 0) {
            return;
        }
        p.clip(a.left, a.top, a.width, a.height);
        p.stroke(MARK.withOpacity(0.7), 1.5);
        int ticks = Math.min(MAX_TICKS, inputs.length);
        double tick = Math.max(4, 0.06 * a.height);
        for (int k = 0; k < ticks; k++) {
            double x = inputs[(int) ((long) k * inputs.length / ticks)];
            if (x >= s.lo() && x <= s.hi()) {
                p.line(a.px(x), a.top + a.height - tick, a.px(x), a.top + a.height);
            }
        }
        p.fill(MARK);
        int dots = Math.min(MAX_DOTS, inputs.length);
        for (int k = 0; k < dots; k++) {
            double x = inputs[(int) ((long) k * inputs.length / dots)];
            double y = valueAt(s, x);
            if (Double.isFinite(y)) {
                p.fillCircle(a.px(x), a.py(y), 3);
            }
        }
        p.unclip();
    }

    /** The curve at x, interpolated between its sample points; NaN outside its range. */
    static double valueAt(LayerSnapshot s, double x) {
        return s.curve().interpolate(s.y(), x);
    }
}
