package org.activationexplorer.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.optim.Parameter;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.train.Divergence;
import org.activationexplorer.train.DivergenceException;
import org.activationexplorer.train.DivergenceGuard;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.LossHistory;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;

/**
 * One run's bookkeeping, the same for the window and the command line: the trainer, the loss history, the epochs'
 * results, the recorded frames for its run file, checkpoints every CHECKPOINT_EVERY steps, the divergence guard, the
 * speed meter, and saving. Driven a batch at a time by one thread (the window's training thread, or the `train`
 * command); after a divergence it trains no more until restore().
 */
public final class TrainingRun implements AutoCloseable {
    static final int CHECKPOINT_EVERY = 20;
    private RunConfig config;
    private Trainer trainer;
    private RunRecorder recorder;
    private final LossHistory history = new LossHistory(8192);
    private final List<EpochResult> epochs = new ArrayList<>();
    private final Checkpoint checkpoint = new Checkpoint();
    private final DivergenceGuard guard = new DivergenceGuard();
    private final SpeedMeter speed = new SpeedMeter();
    private long steps;
    private long trainingNanos;
    private RunEvent.Diverged diverged;

    /** Takes over the trainer (closed with the run); records step 0 and checkpoints the initial weights. */
    public TrainingRun(Trainer trainer) {
        this.trainer = trainer;
        this.config = trainer.config();
        this.recorder = RunRecorder.of(trainer);
        recorder.record(0, 0);
        checkpoint.save(parameters(), 0);
    }

    /**
     * Trains one batch. Returns null, or the divergence that stopped it (a NaN loss, a finite explosion of the loss,
     * or of a parameter, see DivergenceGuard); the run then trains no more until restore().
     */
    public RunEvent.Diverged trainBatch() {
        if (diverged != null) {
            throw new IllegalStateException("the run diverged: restore() first");
        }
        long start = System.nanoTime();
        double loss;
        try {
            loss = trainer.trainBatch();
        } catch (DivergenceException e) {
            return diverge(new Divergence(Divergence.Reason.LOSS_NOT_FINITE, e.epoch(), e.batch(), e.loss(),
                    Double.NaN, null));
        }
        long end = System.nanoTime();
        int epoch = trainer.epochsDone() + 1, batch = trainer.batchIndex() + 1;
        Divergence bad = guard.checkLoss(loss, epoch, batch);
        if (bad != null) {
            return diverge(bad);
        }
        trainingNanos += end - start;
        speed.batch(start, end, config.batchSize());
        history.add(loss);
        steps++;
        recorder.afterStep(steps, trainer.epochsDone());
        if (steps % CHECKPOINT_EVERY == 0) {
            bad = DivergenceGuard.checkParameters(parameters(), epoch, batch);
            if (bad != null) {
                return diverge(bad);
            }
            checkpoint.save(parameters(), steps);
        }
        return null;
    }

    private RunEvent.Diverged diverge(Divergence d) {
        diverged = new RunEvent.Diverged(d, steps + 1, checkpoint.step(), config.anyTrainableActivation());
        return diverged;
    }

    /** True when the batches of the current epoch are all trained: call finishEpoch(). */
    public boolean epochComplete() {
        return trainer.epochComplete();
    }

    /** Evaluates on the test set and keeps the epoch's result. */
    public EpochResult finishEpoch() {
        EpochResult r = trainer.finishEpoch();
        epochs.add(r);
        speed.restart(); // the evaluation was not training
        return r;
    }

    /** Every epoch of the configuration has run. */
    public boolean finished() {
        return trainer.epochsDone() >= config.epochs();
    }

    /**
     * After a divergence (or at any pause): the weights of the last checkpoint, trained on with `with`, which
     * must build a network of the same shape. Returns Restored, or RestoreRefused and nothing changes.
     */
    public RunEvent restore(RunConfig with) {
        Trainer next;
        try {
            next = new Trainer(with.validated(), trainer.data());
        } catch (RuntimeException e) {
            return new RunEvent.RestoreRefused(false, e.getMessage());
        }
        List<Parameter> ps = next.network().parameters();
        if (!checkpoint.fits(ps)) {
            next.close();
            return new RunEvent.RestoreRefused(true, null);
        }
        checkpoint.restoreInto(ps);
        int epochsDone = trainer.epochsDone();
        trainer.close();
        trainer = next;
        trainer.continueAfter(epochsDone);
        config = with;
        recorder = recorder.rebind(trainer.network().activationLayers());
        guard.reset();
        speed.restart();
        diverged = null;
        return new RunEvent.Restored(checkpoint.step());
    }

    /**
     * Writes the run so far (frames, losses, epochs, current weights) atomically to `file`. A diverged run never
     * replaces a file: its weights are the exploded ones, and what is there (often the same experiment's good run)
     * is worth more; it is written only under a new name.
     */
    public RunEvent.SaveOutcome save(Path file) {
        if (steps == 0) {
            return new RunEvent.NothingToSave();
        }
        if (diverged != null && java.nio.file.Files.exists(file)) {
            return new RunEvent.SaveFailed(file, "the run diverged, so it does not replace " + file
                    + ", which is kept");
        }
        try {
            recorder.record(steps, trainer.epochsDone());
            RunFiles.save(record(), file);
            return new RunEvent.Saved(file, steps);
        } catch (IOException | RuntimeException e) {
            return new RunEvent.SaveFailed(file, e.getMessage());
        }
    }

    /**
     * A file name in `folder` that no file has yet: time, family (each layer's, joined by +), network, and "-2",
     * "-3" … when runs of the same family and network end within the same second (one would replace the other).
     */
    public Path fileIn(Path folder) {
        String stem = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + String.join("+", config.familyNames()) + "-" + config.arch();
        Path file = folder.resolve(stem + RunFiles.EXTENSION);
        for (int n = 2; java.nio.file.Files.exists(file); n++) {
            file = folder.resolve(stem + "-" + n + RunFiles.EXTENSION);
        }
        return file;
    }

    /** The run so far as a record (the recorded frames, not a new one). */
    public RunRecord record() {
        return recorder.toRecord(trainer, config, steps, history, epochs);
    }

    /** Forget the speed so far: training was paused. */
    public void paused() {
        speed.restart();
    }

    public Trainer trainer() {
        return trainer;
    }

    public RunConfig config() {
        return config;
    }

    public long steps() {
        return steps;
    }

    /** The divergence the run waits on, or null. */
    public RunEvent.Diverged diverged() {
        return diverged;
    }

    public List<EpochResult> epochs() {
        return List.copyOf(epochs);
    }

    public LossHistory history() {
        return history;
    }

    /** Samples per second over the recent batches (wall time, slow motion included); NaN before any. */
    public double samplesPerSecond() {
        return speed.samplesPerSecond();
    }

    /** Time spent in training steps (no pauses, no evaluations). */
    public double trainingSeconds() {
        return trainingNanos / 1e9;
    }

    /** Frames recorded so far for the run file. */
    public int recordedFrames() {
        return recorder.frames();
    }

    private List<Parameter> parameters() {
        return trainer.network().parameters();
    }

    @Override
    public void close() {
        trainer.close();
    }
}
