package org.activationexplorer.sweep;

import java.util.List;
import org.activationexplorer.train.EpochResult;

/** What became of a cell: its epochs' results (those of its file when skipped), wall seconds, and any problem. */
public record CellOutcome(SweepCell cell, Status status, List<EpochResult> epochs, double seconds, String problem) {

    public enum Status {
        /** Trained now and saved. */
        TRAINED,
        /** Its file was complete already: nothing trained. */
        SKIPPED,
        /** Training diverged (see problem); nothing saved. */
        DIVERGED,
        /** It could not be trained or saved (see problem). */
        FAILED
    }

    public CellOutcome {
        epochs = List.copyOf(epochs);
    }

    public boolean ok() {
        return status == Status.TRAINED || status == Status.SKIPPED;
    }

    /** The last epoch's result, or null when none finished. */
    public EpochResult last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }

    /** Training samples per second over all epochs: their samples over their training time; NaN with none. */
    public double samplesPerSecond() {
        return org.activationexplorer.runs.Throughput.samplesPerSecond(epochs);
    }
}
