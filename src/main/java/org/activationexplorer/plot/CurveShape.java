package org.activationexplorer.plot;

import java.util.Locale;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.text.Numbers;

/**
 * The learned curve's shape on its data range, read from the sampled curve (256 points, so a few microseconds): where
 * it stops being monotone, and its largest slope. The family card says what the function is at its start; this says
 * what it has become.
 */
public final class CurveShape {
    private CurveShape() {}

    /** One line: "on [lo, hi]: monotone · largest slope 1.7 at x = 3.2" or where it decreases. */
    public static String describe(LayerSnapshot s) {
        float[] y = s.y(), dy = s.dy();
        int n = s.curve().size(), steepest = 0, fallFrom = -1, fallTo = -1;
        for (int i = 0; i < n; i++) {
            if (Math.abs(dy[i]) > Math.abs(dy[steepest])) {
                steepest = i;
            }
            if (i > 0 && y[i] < y[i - 1] - 1e-6 * (1 + Math.abs(y[i]))) {
                fallFrom = fallFrom < 0 ? i - 1 : fallFrom;
                fallTo = i;
            }
        }
        String where = fallFrom < 0 ? "monotone (increasing)" : String.format(Locale.ROOT,
                "not monotone: it decreases between x = %s and %s", Numbers.significant(s.curve().x(fallFrom), 3),
                Numbers.significant(s.curve().x(fallTo), 3));
        return String.format(Locale.ROOT, "Learned curve on [%s, %s]: %s · largest slope %s at x = %s",
                Numbers.significant(s.lo(), 3), Numbers.significant(s.hi(), 3), where,
                Numbers.significant(dy[steepest], 3), Numbers.significant(s.curve().x(steepest), 3));
    }
}
