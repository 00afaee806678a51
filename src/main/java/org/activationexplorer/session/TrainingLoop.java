package org.activationexplorer.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.io.FileProblems;
import org.activationexplorer.nn.ActivationLayer;
import org.activationexplorer.train.LayerHealth;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;

/**
 * The training thread's side of a TrainingSession: pacing, the session's commands between batches, and snapshots of
 * one TrainingRun. The session is the API any thread calls; this loop is the one thread that acts on it.
 */
/** The thread's side: pacing, commands, and session.snapshots of one TrainingRun. */
final class TrainingLoop {
    private final TrainingSession session;
    private final RunConfig config;
    private TrainingRun run;
    private List<LayerProbe> probes = List.of();
    private Predictions predictions;
    private long lastPublish;
    private long lastBatchEnd; // for slow motion's pace
    private long lastHealth;
    private final HealthHistory healthHistory = new HealthHistory();
    private List<LayerHealth> lastHealthAdded = List.of();
    private Snapshot.State published;
    private RunEvent event;

    TrainingLoop(TrainingSession session, RunConfig config) {
        this.session = session;
        this.config = config;
    }

    void begin(TrainingRun r) {
        run = r;
        probes = RunRecorder.probes(r.trainer(), config);
        predictions = new Predictions(TrainingSession.PREDICTIONS);
    }

    void loop() {
        publish(session.paused ? Snapshot.State.PAUSED : Snapshot.State.RUNNING, null);
        while (!session.stop) {
            byte[] digit = session.digitRequest;
            if (digit != null) {
                session.digitRequest = null;
                Trainer t = run.trainer();
                if (digit.length == t.data().features()) { // not a digit asked of the run before, on other images
                    session.digits.publish(DigitAnswer.of(t.network(), t.data().normalise(digit), digit,
                            t.data().classes(), run.steps()));
                }
            }
            if (session.saveRequested) {
                session.saveRequested = false;
                publish(state(), new RunEvent.SavedNow(saveToFolder()));
            }
            RunConfig restore = session.restoreWith;
            if (restore != null) {
                session.restoreWith = null;
                restore(restore);
                continue;
            }
            boolean single = session.stepsRequested > 0;
            if (run.diverged() != null || (session.paused && !single)) {
                session.stepsRequested = 0; // no stepping on from a diverged state
                if (published != state()) {
                    run.paused();
                    predictions.due(); // the strip shows the network that is session.paused
                    publish(state(), event);
                }
                waitForCommand(200);
                continue;
            }
            if (published == Snapshot.State.PAUSED && !single) {
                event = null; // resumed: what was said while session.paused is over
            }
            pace();
            if (session.stop) {
                break;
            }
            RunEvent.Diverged diverged = run.trainBatch();
            lastBatchEnd = System.nanoTime();
            if (diverged != null) {
                predictions.due();
                publish(Snapshot.State.DIVERGED, diverged);
                continue;
            }
            if (single) {
                session.stepsRequested = Math.max(0, session.stepsRequested - 1);
                session.paused = true;
                predictions.due();
            }
            if (run.epochComplete()) {
                run.finishEpoch();
                predictions.due();
                if (run.finished()) {
                    publish(Snapshot.State.FINISHED, new RunEvent.Finished(run.epochs().size(), saveToFolder()));
                    return;
                }
            }
            if (single || System.nanoTime() - lastPublish > session.publishNanos || session.rescale) {
                publish(state(), event);
            }
        }
        predictions.due();
        publish(Snapshot.State.STOPPED, new RunEvent.Stopped(run.steps(), saveToFolder()));
    }

    private Snapshot.State state() {
        return run.diverged() != null ? Snapshot.State.DIVERGED
                : session.paused ? Snapshot.State.PAUSED : Snapshot.State.RUNNING;
    }

    private void restore(RunConfig with) {
        RunEvent result = run.restore(with);
        if (result instanceof RunEvent.Restored) {
            List<ActivationLayer> layers = run.trainer().network().activationLayers();
            List<LayerProbe> list = new ArrayList<>();
            for (int i = 0; i < layers.size(); i++) {
                list.add(probes.get(i).rebind(layers.get(i)));
            }
            probes = list;
            session.paused = true;
            session.stepsRequested = 0;
            predictions.due();
        }
        publish(state(), result);
    }

    /** Saves into the runs folder, if one is set. */
    private RunEvent.SaveOutcome saveToFolder() {
        Path folder = session.runsFolder;
        if (folder == null) {
            return new RunEvent.NothingToSave();
        }
        Path file = run.fileIn(folder);
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (IOException e) {
            return new RunEvent.SaveFailed(file, "cannot create the folder " + folder + ": "
                    + FileProblems.describeCreating(folder, e)); // e's own text is a bare path
        }
        RunEvent.SaveOutcome outcome = run.save(file);
        if (outcome instanceof RunEvent.Saved) {
            session.lastSaved = file;
        }
        return outcome;
    }

    private void pace() {
        double rate = session.stepsPerSecond;
        long last = lastBatchEnd;
        if (rate <= 0 || last == 0) {
            return;
        }
        long due = last + (long) (1e9 / rate);
        while (!session.stop && session.stepsPerSecond == rate && System.nanoTime() < due && !session.paused) {
            long left = due - System.nanoTime();
            synchronized (session.lock) {
                try {
                    session.lock.wait(Math.max(1, Math.min(50, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (System.nanoTime() - lastPublish > session.publishNanos) {
                publish(state(), event);
            }
        }
    }

    private void waitForCommand(long millis) {
        synchronized (session.lock) {
            try {
                session.lock.wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                session.stop = true;
            }
        }
        if (session.rescale) {
            publish(state(), event);
        }
    }

    void publish(Snapshot.State state, RunEvent what) {
        lastPublish = System.nanoTime();
        published = state;
        event = what;
        if (session.rescale) {
            session.rescale = false;
            probes.forEach(LayerProbe::requestRescale);
        }
        Trainer trainer = run == null ? null : run.trainer();
        if (trainer != null && lastPublish - lastHealth > TrainingSession.HEALTH_NANOS) {
            trainer.requestHealth(); // measured around the next step (a few ms; every step would cost 5-10 %)
            lastHealth = lastPublish;
        }
        List<LayerHealth> health = trainer == null ? List.of() : trainer.health();
        if (health != lastHealthAdded) { // a new measurement (the trainer makes a new list for each)
            healthHistory.add(run.steps(), health);
            lastHealthAdded = health;
        }
        List<LayerSnapshot> layers = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            LayerSnapshot s = probes.get(i).snapshot();
            layers.add(health.size() == probes.size() ? s.withHealth(health.get(i)) : s);
        }
        // after the layers: predicting runs the network on test images, which replaces the inputs they show
        Trainer t = run == null ? null : run.trainer();
        List<Snapshot.Prediction> shown = predictions == null ? List.of() : predictions.refresh(t, run.steps());
        long shownStep = predictions == null ? 0 : predictions.step();
        int perEpoch = t == null ? 0 : t.batchesPerEpoch();
        int batch = t == null || !t.epochInProgress() ? 0 : t.batchIndex() + 1;
        session.snapshots.publish(new Snapshot(state, what, run == null ? config : run.config(),
                t == null ? 0 : t.epochsDone(), batch, perEpoch, run == null ? 0 : run.steps(),
                run == null ? Double.NaN : run.samplesPerSecond(), run == null ? 0 : run.trainingSeconds(),
                run == null ? new float[0] : run.history().points(), run == null ? 1 : run.history().stride(),
                run == null ? List.of() : run.epochs(), layers, shown, shownStep, healthHistory.points()));
    }
}
