package org.activationexplorer.session;

import java.util.List;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;

/**
 * Everything the window shows of a live run at one instant; immutable and complete on its own (frames may skip
 * snapshots). Arrays are fresh copies owned by the snapshot: do not modify.
 */
public record Snapshot(
        State state,
        RunEvent event,             // the latest thing that happened (diverged, restored, saved …); null if none
        RunConfig config,
        int epochsDone,
        int batch,                  // batches trained in the current epoch (0 between epochs)
        int batchesPerEpoch,
        long steps,
        double samplesPerSecond,    // over the recent batches, wall time; NaN when unknown
        double trainingSeconds,     // time spent training (pauses excluded)
        float[] losses,             // per-batch training loss, averaged over lossStride batches per point
        int lossStride,
        List<EpochResult> epochs,
        List<LayerSnapshot> layers,
        List<Prediction> predictions,
        long predictionsStep,       // the step whose network made the predictions
        List<HealthHistory.Point> health) { // the layers' health over the run, about once a second

    public enum State { LOADING, RUNNING, PAUSED, DIVERGED, FINISHED, STOPPED, FAILED }

    public Snapshot {
        epochs = List.copyOf(epochs);
        layers = List.copyOf(layers);
        predictions = List.copyOf(predictions);
        health = health == null ? List.of() : List.copyOf(health);
    }

    /** Seconds to the end of the last epoch at the recent speed; NaN when unknown. */
    public double etaSeconds() {
        long remaining = (long) (config.epochs() - epochsDone) * batchesPerEpoch - batch;
        double batchesPerSecond = samplesPerSecond / config.batchSize();
        return batchesPerSecond > 0 ? remaining / batchesPerSecond : Double.NaN;
    }

    /** Share of the run done, 0 to 1. */
    public double progress() {
        double total = (double) config.epochs() * batchesPerEpoch;
        return total > 0 ? Math.min(1, (epochsDone * (double) batchesPerEpoch + batch) / total) : 0;
    }

    /** The run can still go on (train, be paused, restored). */
    public boolean active() {
        return state == State.RUNNING || state == State.PAUSED || state == State.LOADING || state == State.DIVERGED;
    }

    /**
     * A test image with the network's answer.
     *
     * @param pixels        channels × rows × cols unsigned bytes, channel after channel (grey, or red, green, blue)
     * @param labelName     the true class in words: its name (CIFAR-10's "cat") or its number (a digit's)
     * @param predictedName the answer in words, likewise
     */
    public record Prediction(int index, byte[] pixels, int channels, int rows, int cols, int label, int predicted,
                             double confidence, String labelName, String predictedName) {
        public boolean correct() {
            return label == predicted;
        }
    }
}
