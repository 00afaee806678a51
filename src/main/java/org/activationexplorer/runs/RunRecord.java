package org.activationexplorer.runs;

import java.util.List;
import java.util.Map;
import org.activationexplorer.data.ImageShape;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;

/**
 * A training run as it is kept on disk: the configuration that reproduces it, the loss history (one point per
 * lossStride batches), the per-epoch results, the activation layers at the recorded steps, the final weights
 * by parameter name, and the shape of the images it was trained on. Immutable by convention: nobody writes into the
 * arrays once the record is built.
 *
 * @param input the training images' shape, which the network was built for; null for a run file written before
 *              shapes were recorded (those were all trained on grey images, and take the shape of the dataset given)
 */
public record RunRecord(
        RunConfig config,
        long steps,
        float[] losses,
        int lossStride,
        List<EpochResult> epochs,
        List<Frame> frames,
        Map<String, float[]> weights,
        ImageShape input) {

    public RunRecord {
        epochs = List.copyOf(epochs);
        frames = List.copyOf(frames);
        weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
    }

    /** A run whose input shape is not known (tests of what does not depend on it; old run files). */
    public RunRecord(RunConfig config, long steps, float[] losses, int lossStride, List<EpochResult> epochs,
                     List<Frame> frames, Map<String, float[]> weights) {
        this(config, steps, losses, lossStride, epochs, frames, weights, null);
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
