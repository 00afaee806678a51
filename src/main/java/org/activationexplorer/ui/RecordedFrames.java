package org.activationexplorer.ui;

import java.nio.file.Path;
import java.util.List;
import org.activationexplorer.plot.InitialCurves;
import org.activationexplorer.plot.Limits;
import org.activationexplorer.plot.LossChart;
import org.activationexplorer.plot.RunFigures;
import org.activationexplorer.runs.RunRecord;

/** Frames of a saved run: one per recorded step, chosen with seek(); ghosts evaluated once per x-range. */
final class RecordedFrames implements FrameSource {
    private final RunRecord run;
    private final Path file;
    private final InitialCurves initial;
    private final LossChart.Data loss;
    private int index;
    private List<Limits> axes;
    private boolean changed = true;

    /** Opens at the last recorded step. The run must have at least one frame. */
    RecordedFrames(RunRecord run, Path file) {
        this.run = run;
        this.file = file;
        this.initial = new InitialCurves(run);
        this.loss = RunFigures.lossData(run);
        this.index = run.frames().size() - 1;
    }

    /** Shows recorded frame i (clamped to the frames there are). */
    void seek(int i) {
        int clamped = Math.max(0, Math.min(run.frames().size() - 1, i));
        changed |= clamped != index;
        index = clamped;
    }

    /** The frame index of the last recorded step at or before `step`. */
    int frameAt(double step) {
        int best = 0;
        for (int f = 0; f < run.frames().size(); f++) {
            if (run.frames().get(f).step() <= step) {
                best = f;
            }
        }
        return best;
    }

    @Override
    public ViewFrame poll() {
        if (!changed) {
            return null;
        }
        changed = false;
        return current();
    }

    ViewFrame current() {
        return new ViewFrame(run.config(), run.frames().get(index).step(), loss, RunFigures.layers(run, initial, index),
                List.of(), -1, List.of(), axes());
    }

    /** Each layer's axes over the whole run, made once: the timeline moves the curves, not the axes. */
    private List<Limits> axes() {
        if (axes == null) {
            axes = Limits.ofRun(run); // from the recorded curves: no family evaluated on the FX thread
        }
        return axes;
    }

    int index() {
        return index;
    }

    int frames() {
        return run.frames().size();
    }

    RunRecord run() {
        return run;
    }

    Path file() {
        return file;
    }

    InitialCurves initial() {
        return initial;
    }
}
