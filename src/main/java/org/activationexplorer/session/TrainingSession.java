package org.activationexplorer.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.nn.ActivationLayer;
import org.activationexplorer.train.LayerHealth;
import org.activationexplorer.train.Latest;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;

/**
 * One run on a background thread, driven by commands from any thread: pause, resume, single steps, slow motion,
 * stop, save, and restore of the last good weights after a divergence. Commands take effect between batches. The
 * thread publishes a Snapshot at most publishPerSecond times a second and at every change of state; the consumer
 * takes the newest with snapshots().take(). The run's bookkeeping is a TrainingRun, as for the command line.
 */
public final class TrainingSession implements AutoCloseable {
    /** 15 snapshots a second by default: at 30 the software renderer took CPU the training needed (−10 %). */
    public static final int DEFAULT_PUBLISH_PER_SECOND = 15;
    /** Predictions are refreshed this often (and on pause, step, stop and at epoch ends). */
    private static final long PREDICT_NANOS = 2_000_000_000L;
    private static final int PREDICTIONS = 16;
    /** The layers' health is measured this often (it takes a few milliseconds of the training thread). */
    private static final long HEALTH_NANOS = 1_000_000_000L;

    private final long publishNanos;
    private final Latest<Snapshot> snapshots = new Latest<>();
    private final Latest<DigitAnswer> digits = new Latest<>();
    private volatile byte[] digitRequest;
    private final Object lock = new Object();
    private Thread thread;
    private volatile boolean stop;
    private volatile boolean paused;
    private volatile int stepsRequested;
    private volatile double stepsPerSecond; // 0: full speed
    private volatile RunConfig restoreWith;
    private volatile boolean rescale;
    private volatile boolean saveRequested;
    private volatile Path runsFolder;
    private volatile Path lastSaved;
    private Dataset cachedData;
    private Path cachedPath;

    public TrainingSession() {
        this(DEFAULT_PUBLISH_PER_SECOND);
    }

    /** Snapshots at most this many times a second (1 to 30). */
    public TrainingSession(int publishPerSecond) {
        publishNanos = 1_000_000_000L / Math.max(1, Math.min(30, publishPerSecond));
    }

    /** Finished and stopped runs are saved here (null: not saved). */
    public void setRunsFolder(Path folder) {
        runsFolder = folder;
    }

    /** The run file written last, or null. */
    public Path lastSaved() {
        return lastSaved;
    }

    public Latest<Snapshot> snapshots() {
        return snapshots;
    }

    /** Starts a run (stopping any previous one); loading and every later error are reported in snapshots. */
    public synchronized void start(RunConfig config, Path datasetFolder, boolean startPaused) {
        stopAndJoin();
        stop = false;
        paused = startPaused;
        stepsRequested = 0;
        restoreWith = null;
        saveRequested = false;
        thread = new Thread(() -> run(config.validated(), datasetFolder), "training");
        thread.setDaemon(true);
        thread.start();
    }

    public void pause() {
        paused = true;
        wake();
    }

    public void resume() {
        paused = false;
        wake();
    }

    /** One batch, while paused. */
    public void step() {
        stepsRequested++;
        wake();
    }

    public void stop() {
        stop = true;
        wake();
    }

    /** Slow motion for lectures: at most this many batches per second; 0 for full speed. */
    public void setStepsPerSecond(double perSecond) {
        stepsPerSecond = Math.max(0, perSecond);
        wake();
    }

    /** After a divergence: the last good weights, continued (paused) with the given settings. */
    public void restore(RunConfig config) {
        restoreWith = config;
        wake();
    }

    /** Saves the run so far into the runs folder (between batches, or at once while paused); see the next snapshot. */
    public void saveNow() {
        saveRequested = true;
        wake();
    }

    /** Runs a drawn digit (28×28, MNIST's form) through the current network between batches; see digits(). */
    public void classify(byte[] image) {
        digitRequest = image.clone();
        wake();
    }

    /** Answers to classify(), newest first taken. */
    public Latest<DigitAnswer> digits() {
        return digits;
    }

    /** Fits every activation panel's x-range to the current inputs at the next snapshot. */
    public void rescale() {
        rescale = true;
        wake();
    }

    public boolean running() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    private void wake() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Stops the run and waits for its thread (up to 5 s), so nothing is left running. */
    @Override
    public synchronized void close() {
        stopAndJoin();
    }

    private void stopAndJoin() {
        Thread t = thread;
        if (t == null) {
            return;
        }
        stop();
        try {
            t.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    // ---- the training thread ----

    private void run(RunConfig config, Path folder) {
        Loop loop = new Loop(config);
        loop.publish(Snapshot.State.LOADING, new RunEvent.Loading(folder));
        Dataset data;
        try {
            data = load(folder);
        } catch (IOException | RuntimeException e) {
            loop.publish(Snapshot.State.FAILED, new RunEvent.LoadFailed(folder, e.getMessage()));
            return;
        }
        try (TrainingRun run = new TrainingRun(new Trainer(config, data))) {
            loop.begin(run);
            loop.loop();
        } catch (RuntimeException | OutOfMemoryError e) {
            loop.publish(Snapshot.State.FAILED, new RunEvent.Failed(e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private synchronized Dataset load(Path folder) throws IOException {
        if (cachedData == null || !folder.equals(cachedPath)) {
            cachedData = Dataset.load(folder);
            cachedPath = folder;
        }
        return cachedData;
    }

    /** The thread's side: pacing, commands, and snapshots of one TrainingRun. */
    private final class Loop {
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

        Loop(RunConfig config) {
            this.config = config;
        }

        void begin(TrainingRun r) {
            run = r;
            probes = RunRecorder.probes(r.trainer(), config);
            predictions = new Predictions(PREDICTIONS);
        }

        void loop() {
            publish(paused ? Snapshot.State.PAUSED : Snapshot.State.RUNNING, null);
            while (!stop) {
                byte[] digit = digitRequest;
                if (digit != null) {
                    digitRequest = null;
                    Trainer t = run.trainer();
                    digits.publish(DigitAnswer.of(t.network(), t.data().normalise(digit), digit, t.data().classes(),
                            run.steps()));
                }
                if (saveRequested) {
                    saveRequested = false;
                    publish(state(), new RunEvent.SavedNow(saveToFolder()));
                }
                RunConfig restore = restoreWith;
                if (restore != null) {
                    restoreWith = null;
                    restore(restore);
                    continue;
                }
                boolean single = stepsRequested > 0;
                if (run.diverged() != null || (paused && !single)) {
                    stepsRequested = 0; // no stepping on from a diverged state
                    if (published != state()) {
                        run.paused();
                        predictions.due(); // the strip shows the network that is paused
                        publish(state(), event);
                    }
                    waitForCommand(200);
                    continue;
                }
                if (published == Snapshot.State.PAUSED && !single) {
                    event = null; // resumed: what was said while paused is over
                }
                pace();
                if (stop) {
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
                    stepsRequested = Math.max(0, stepsRequested - 1);
                    paused = true;
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
                if (single || System.nanoTime() - lastPublish > publishNanos || rescale) {
                    publish(state(), event);
                }
            }
            predictions.due();
            publish(Snapshot.State.STOPPED, new RunEvent.Stopped(run.steps(), saveToFolder()));
        }

        private Snapshot.State state() {
            return run.diverged() != null ? Snapshot.State.DIVERGED
                    : paused ? Snapshot.State.PAUSED : Snapshot.State.RUNNING;
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
                paused = true;
                stepsRequested = 0;
                predictions.due();
            }
            publish(state(), result);
        }

        /** Saves into the runs folder, if one is set. */
        private RunEvent.SaveOutcome saveToFolder() {
            Path folder = runsFolder;
            if (folder == null) {
                return new RunEvent.NothingToSave();
            }
            Path file = run.fileIn(folder);
            try {
                java.nio.file.Files.createDirectories(folder);
            } catch (IOException e) {
                return new RunEvent.SaveFailed(file, "cannot create the folder " + folder + ": " + e.getMessage());
            }
            RunEvent.SaveOutcome outcome = run.save(file);
            if (outcome instanceof RunEvent.Saved) {
                lastSaved = file;
            }
            return outcome;
        }

        private void pace() {
            double rate = stepsPerSecond;
            long last = lastBatchEnd;
            if (rate <= 0 || last == 0) {
                return;
            }
            long due = last + (long) (1e9 / rate);
            while (!stop && stepsPerSecond == rate && System.nanoTime() < due && !paused) {
                long left = due - System.nanoTime();
                synchronized (lock) {
                    try {
                        lock.wait(Math.max(1, Math.min(50, left / 1_000_000)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (System.nanoTime() - lastPublish > publishNanos) {
                    publish(state(), event);
                }
            }
        }

        private void waitForCommand(long millis) {
            synchronized (lock) {
                try {
                    lock.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop = true;
                }
            }
            if (rescale) {
                publish(state(), event);
            }
        }

        void publish(Snapshot.State state, RunEvent what) {
            lastPublish = System.nanoTime();
            published = state;
            event = what;
            if (rescale) {
                rescale = false;
                probes.forEach(LayerProbe::requestRescale);
            }
            Trainer trainer = run == null ? null : run.trainer();
            if (trainer != null && lastPublish - lastHealth > HEALTH_NANOS) {
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
            snapshots.publish(new Snapshot(state, what, run == null ? config : run.config(),
                    t == null ? 0 : t.epochsDone(), batch, perEpoch, run == null ? 0 : run.steps(),
                    run == null ? Double.NaN : run.samplesPerSecond(), run == null ? 0 : run.trainingSeconds(),
                    run == null ? new float[0] : run.history().points(), run == null ? 1 : run.history().stride(),
                    run == null ? List.of() : run.epochs(), layers, shown, shownStep, healthHistory.points()));
        }
    }
}
