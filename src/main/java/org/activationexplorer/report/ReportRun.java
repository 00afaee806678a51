package org.activationexplorer.report;

import java.nio.file.Path;
import java.util.List;
import org.activationexplorer.runs.LayerCurve;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.runs.Throughput;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;

/**
 * What a report needs of one run file: its settings and results, its loss history, its activation layers at the
 * start and at the end, and its size; not the weights or the frames between (a sweep's folder can hold hundreds).
 */
public record ReportRun(Path file, RunConfig config, List<EpochResult> epochs, float[] losses, int lossStride,
                        int batchesPerEpoch, List<LayerCurve> initialLayers, List<LayerCurve> finalLayers,
                        long parameters) {

    public ReportRun {
        epochs = List.copyOf(epochs);
        initialLayers = List.copyOf(initialLayers);
        finalLayers = List.copyOf(finalLayers);
    }

    /** The parts of `run` a report uses; the run must have at least one epoch. */
    public static ReportRun of(Path file, RunRecord run) {
        long parameters = run.weights().values().stream().mapToLong(w -> w.length).sum();
        List<RunRecord.Frame> frames = run.frames();
        int perEpoch = (int) Math.max(1, Math.round((double) run.steps() / Math.max(1, run.epochs().size())));
        return new ReportRun(file, run.config(), run.epochs(), run.losses(), run.lossStride(), perEpoch,
                frames.isEmpty() ? List.of() : frames.get(0).layers(),
                frames.isEmpty() ? List.of() : frames.get(frames.size() - 1).layers(), parameters);
    }

    public EpochResult last() {
        return epochs.get(epochs.size() - 1);
    }

    public double testAccuracy() {
        return last().testAccuracy();
    }

    public double testLoss() {
        return last().testLoss();
    }

    public double samplesPerSecond() {
        return Throughput.samplesPerSecond(epochs);
    }
}
