package org.activationexplorer.runs;

import java.util.List;
import java.util.Map;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;

/**
 * A training run as it is kept on disk: the configuration that reproduces it, the loss history (one point per
 * lossStride batches), the per-epoch results, the activation layers at the recorded steps, and the final weights
 * by parameter name. Immutable by convention: nobody writes into the arrays once the record is built.
 */
public record RunRecord(
        RunConfig config,
        long steps,
        float[] losses,
        int lossStride,
        List<EpochResult> epochs,
        List<Frame> frames,
        Map<String, float[]> weights) {

    public RunRecord {
        epochs = List.copyOf(epochs);
        frames = List.copyOf(frames);
        weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
    }

    /** Every activation layer after `step` training steps (step 0: at initialisation). */
    public record Frame(long step, int epoch, List<LayerCurve> layers) {
        public Frame {
            layers = List.copyOf(layers);
        }
    }

    /** The last frame at or before `step` (the first frame if none is); there must be at least one frame. */
    public Frame frameAt(long step) {
        Frame best = frames.get(0);
        for (Frame f : frames) {
            if (f.step() <= step) {
                best = f;
            }
        }
        return best;
    }
}
