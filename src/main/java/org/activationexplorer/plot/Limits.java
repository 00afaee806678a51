package org.activationexplorer.plot;

import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.session.LayerSnapshot;

/**
 * Fixed axes for one activation layer across the frames of a replay or a GIF: the union of every frame's x-range and
 * of its curves' values, so the picture does not jump from frame to frame (it went from [−3, 3] to [−7, 6.5] inside
 * one GIF) and the change of shape is what moves.
 */
public record Limits(double xLo, double xHi, double yLo, double yHi) {

    /** The union over one layer's frames. */
    public static Limits of(List<LayerSnapshot> frames) {
        double xLo = Double.POSITIVE_INFINITY, xHi = Double.NEGATIVE_INFINITY;
        double yLo = Double.POSITIVE_INFINITY, yHi = Double.NEGATIVE_INFINITY;
        for (LayerSnapshot s : frames) {
            xLo = Math.min(xLo, s.lo());
            xHi = Math.max(xHi, s.hi());
            for (float[] series : new float[][] {s.y(), s.initialY()}) {
                for (float v : series) {
                    if (Float.isFinite(v)) {
                        yLo = Math.min(yLo, v);
                        yHi = Math.max(yHi, v);
                    }
                }
            }
        }
        if (!(yHi > yLo)) {
            yLo = -1;
            yHi = 1;
        }
        return new Limits(xLo, xHi, yLo, yHi);
    }

    /** Per layer, the union over all frames (frames.get(f).get(l): layer l of frame f). */
    public static List<Limits> perLayer(List<List<LayerSnapshot>> frames) {
        List<Limits> list = new ArrayList<>();
        int layers = frames.isEmpty() ? 0 : frames.get(0).size();
        for (int l = 0; l < layers; l++) {
            List<LayerSnapshot> one = new ArrayList<>();
            for (List<LayerSnapshot> frame : frames) {
                one.add(frame.get(l));
            }
            list.add(of(one));
        }
        return list;
    }

    /**
     * Per layer, the union over a run's recorded frames, from the recorded curves alone: no ghost is evaluated, so a
     * replay can ask for it on the FX thread (the ghost is clipped where it leaves these limits).
     */
    public static List<Limits> ofRun(org.activationexplorer.runs.RunRecord run) {
        List<Limits> list = new ArrayList<>();
        int layers = run.frames().get(0).layers().size();
        for (int l = 0; l < layers; l++) {
            double xLo = Double.POSITIVE_INFINITY, xHi = Double.NEGATIVE_INFINITY;
            double yLo = Double.POSITIVE_INFINITY, yHi = Double.NEGATIVE_INFINITY;
            for (var frame : run.frames()) {
                var c = frame.layers().get(l);
                xLo = Math.min(xLo, c.lo());
                xHi = Math.max(xHi, c.hi());
                for (float v : c.y()) {
                    if (Float.isFinite(v)) {
                        yLo = Math.min(yLo, v);
                        yHi = Math.max(yHi, v);
                    }
                }
            }
            list.add(yHi > yLo ? new Limits(xLo, xHi, yLo, yHi) : new Limits(xLo, xHi, -1, 1));
        }
        return list;
    }
}
