package org.activationexplorer.plot;

/** Liang–Barsky: the part of a segment inside an axis-aligned rectangle, for painters that clip geometry. */
public final class SegmentClip {
    private SegmentClip() {}

    /**
     * The part of (x0, y0)–(x1, y1) inside [left, right] × [top, bottom] into out (x0, y0, x1, y1), with the ends
     * that lie inside copied exactly; false (out untouched) if no part is inside.
     */
    public static boolean clip(double x0, double y0, double x1, double y1, double left, double top, double right,
                               double bottom, double[] out) {
        double dx = x1 - x0, dy = y1 - y0, t0 = 0, t1 = 1;
        for (int k = 0; k < 4; k++) {
            double p = k == 0 ? -dx : k == 1 ? dx : k == 2 ? -dy : dy;
            double q = k == 0 ? x0 - left : k == 1 ? right - x0 : k == 2 ? y0 - top : bottom - y0;
            if (p == 0) {
                if (q < 0) {
                    return false; // parallel to this edge and outside it
                }
            } else if (p < 0) {
                t0 = Math.max(t0, q / p);
            } else {
                t1 = Math.min(t1, q / p);
            }
        }
        if (t0 > t1) {
            return false;
        }
        out[0] = t0 == 0 ? x0 : x0 + t0 * dx;
        out[1] = t0 == 0 ? y0 : y0 + t0 * dy;
        out[2] = t1 == 1 ? x1 : x0 + t1 * dx;
        out[3] = t1 == 1 ? y1 : y0 + t1 * dy;
        return true;
    }
}
