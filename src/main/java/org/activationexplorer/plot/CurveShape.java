package org.activationexplorer.plot;

import java.util.Locale;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.text.Numbers;

/**
 * The learned curve's card, read from the sampled curve on its data range (256 points, so a few microseconds): the
 * values it takes, whether it stays monotone (and where it falls if not), f(0) and the slope there, and its largest
 * slope. The family card says what the function is at its start; this says what it has become.
 *
 * @param fallFrom     x where the first stretch of decrease begins, NaN when monotone (increasing)
 * @param fallTo       x where the last stretch of decrease ends, NaN when monotone
 * @param valueAtZero  f(0), NaN when 0 is outside [lo, hi]
 * @param slopeAtZero  f′(0), NaN when 0 is outside [lo, hi]
 */
public record CurveShape(double lo, double hi, double yMin, double yMax, double fallFrom, double fallTo,
                         double valueAtZero, double slopeAtZero, double steepestSlope, double steepestX) {

    public boolean monotone() {
        return Double.isNaN(fallFrom);
    }

    public static CurveShape of(LayerSnapshot s) {
        float[] y = s.y(), dy = s.dy();
        int n = s.curve().size(), steepest = 0, fallFrom = -1, fallTo = -1;
        double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (Math.abs(dy[i]) > Math.abs(dy[steepest])) {
                steepest = i;
            }
            if (i > 0 && y[i] < y[i - 1] - 1e-6 * (1 + Math.abs(y[i]))) { // a float-rounding wobble is not a fall
                fallFrom = fallFrom < 0 ? i - 1 : fallFrom;
                fallTo = i;
            }
            if (Float.isFinite(y[i])) {
                yMin = Math.min(yMin, y[i]);
                yMax = Math.max(yMax, y[i]);
            }
        }
        return new CurveShape(s.lo(), s.hi(), yMin, yMax, fallFrom < 0 ? Double.NaN : s.curve().x(fallFrom),
                fallTo < 0 ? Double.NaN : s.curve().x(fallTo), s.curve().interpolate(y, 0), s.curve().interpolate(dy, 0),
                dy[steepest], s.curve().x(steepest));
    }

    /** One line: "Learned curve on [lo, hi]: values a to b · monotone · f(0) = …, f′(0) = … · largest slope …". */
    public String text() {
        String where = monotone() ? "monotone (increasing)" : "not monotone: it decreases between x = " + g(fallFrom)
                + " and " + g(fallTo);
        String zero = Double.isNaN(valueAtZero) ? "" : " · f(0) = " + g(valueAtZero) + ", f′(0) = " + g(slopeAtZero);
        return String.format(Locale.ROOT, "Learned curve on [%s, %s]: values %s to %s · %s%s · largest slope %s at x = %s",
                g(lo), g(hi), g(yMin), g(yMax), where, zero, g(steepestSlope), g(steepestX));
    }

    private static String g(double v) {
        return Numbers.significant(v, 3);
    }
}
