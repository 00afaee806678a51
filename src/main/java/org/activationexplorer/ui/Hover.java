package org.activationexplorer.ui;

import org.activationexplorer.session.LayerSnapshot;

/** What the pointer is over in an activation panel. */
final class Hover {
    private Hover() {}

    /** The channel of the bundle curve nearest the pointer (within 12 px), to highlight it; -1 if none. */
    static int nearestChannel(PlotView v, LayerSnapshot s, double mx, double my) {
        if (Double.isNaN(mx) || s.channelY().length == 0 || v.axes() == null || !v.axes().contains(mx, my)) {
            return -1;
        }
        double x = v.axes().dataX(mx);
        int i = (int) Math.round((x - s.lo()) / (s.hi() - s.lo()) * (s.xs().length - 1));
        i = Math.max(0, Math.min(s.xs().length - 1, i));
        int best = -1;
        double bestDistance = 12;
        for (int c = 0; c < s.channelY().length; c++) {
            double d = Math.abs(v.axes().py(s.channelY()[c][i]) - my);
            if (d < bestDistance) {
                bestDistance = d;
                best = s.channelIds()[c];
            }
        }
        return best;
    }
}
