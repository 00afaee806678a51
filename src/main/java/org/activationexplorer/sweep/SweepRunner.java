package org.activationexplorer.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.session.EventText;
import org.activationexplorer.session.RunEvent;
import org.activationexplorer.session.TrainingRun;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.Trainer;

/**
 * Trains cells in `workers` threads, each cell as `train --save` would (a TrainingRun: the same steps, divergence
 * guard and run file, written to a temporary file and moved into place), one cell per worker at a time. The cells'
 * GEMM threads are in their configs: the caller chooses them so that workers × threads fits the cores. The dataset
 * is shared: training only reads it. A cell that diverges or fails is reported and the others go on.
 */
public final class SweepRunner {

    /** Told of progress; calls come from the workers, one at a time (the runner serialises them). */
    public interface Listener {
        void started(SweepCell cell);

        /** One training batch done, in any cell. */
        void batch();

        void finished(CellOutcome outcome);
    }

    private final Dataset data;
    private final int workers;
    private final Listener listener;
    private final Object lock = new Object();

    public SweepRunner(Dataset data, int workers, Listener listener) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.data = data;
        this.workers = workers;
        this.listener = listener;
    }

    /** Trains every cell, the first ones first; returns their outcomes in the cells' order. */
    public List<CellOutcome> run(List<SweepCell> cells) throws InterruptedException {
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(workers, cells.size())), r -> {
            Thread t = new Thread(r, "sweep-worker-" + names.incrementAndGet());
            t.setDaemon(true); // a worker never keeps the JVM alive after the command ends
            return t;
        });
        try {
            List<Future<CellOutcome>> futures = new ArrayList<>();
            for (SweepCell cell : cells) {
                futures.add(pool.submit(() -> train(cell)));
            }
            List<CellOutcome> outcomes = new ArrayList<>();
            for (Future<CellOutcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (ExecutionException e) { // train() catches exceptions: only an Error (out of memory) gets here
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private CellOutcome train(SweepCell cell) {
        tell(() -> listener.started(cell));
        long start = System.nanoTime();
        CellOutcome outcome;
        try (TrainingRun run = new TrainingRun(new Trainer(cell.config(), data))) {
            outcome = trainAndSave(cell, run, start);
        } catch (RuntimeException e) {
            outcome = new CellOutcome(cell, CellOutcome.Status.FAILED, List.of(), seconds(start),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        CellOutcome done = outcome;
        tell(() -> listener.finished(done));
        return done;
    }

    private CellOutcome trainAndSave(SweepCell cell, TrainingRun run, long start) {
        List<EpochResult> epochs = new ArrayList<>();
        while (!run.finished()) {
            RunEvent.Diverged diverged = run.trainBatch();
            if (diverged != null) {
                return new CellOutcome(cell, CellOutcome.Status.DIVERGED, epochs, seconds(start), "diverged at epoch "
                        + diverged.divergence().epoch() + ", batch " + diverged.divergence().batch() + ": "
                        + EventText.what(diverged.divergence()));
            }
            tell(listener::batch);
            if (run.epochComplete()) {
                epochs.add(run.finishEpoch());
            }
        }
        RunEvent.SaveOutcome saved = run.save(cell.file());
        if (!(saved instanceof RunEvent.Saved)) {
            return new CellOutcome(cell, CellOutcome.Status.FAILED, epochs, seconds(start),
                    saved instanceof RunEvent.SaveFailed f ? f.reason() : "nothing to save");
        }
        return new CellOutcome(cell, CellOutcome.Status.TRAINED, epochs, seconds(start), null);
    }

    private void tell(Runnable call) {
        synchronized (lock) {
            call.run();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
