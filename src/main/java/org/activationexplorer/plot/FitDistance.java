package org.activationexplorer.plot;

import java.util.List;
import org.activationexplorer.fit.Candidate;
import org.activationexplorer.session.LayerSnapshot;

/**
 * How close a layer's curve was, over a run, to the classic it ends up nearest: the best wrapped catalog family for
 * the last frame (c·g(a·x + b) + d, see fit/SymbolicFit), refitted at every frame (from the next frame's fit: one
 * Levenberg–Marquardt run a frame), and the largest |f − fit| where the inputs are. A curve that starts as PAU's
 * leaky-ReLU fit and becomes SiLU-like shows the distance falling. One rank and a refit per frame: seconds for a
 * run's frames, so build it off the FX thread.
 *
 * @param name     the classic's catalog name
 * @param distance per frame, the refitted candidate's largest weighted residual (NaN where it could not be fitted)
 */
public record FitDistance(String name, double[] distance) {

    /** For the frames of one layer, early to late; null when no classic fits the last frame at all. */
    public static FitDistance of(List<LayerSnapshot> frames) {
        Candidate best = FitLines.bestClassic(FitLines.rank(frames.get(frames.size() - 1), Integer.MAX_VALUE));
        if (best == null) {
            return null;
        }
        double[] distance = new double[frames.size()];
        Candidate near = best;
        for (int f = frames.size() - 1; f >= 0; f--) { // late to early, each frame started from its successor's fit
            Candidate c = f == frames.size() - 1 ? best : FitLines.refit(frames.get(f), near);
            distance[f] = c == null ? Double.NaN : c.maxResidual();
            near = c == null ? near : c;
        }
        return new FitDistance(best.name(), distance);
    }
}
