package org.activationexplorer.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.nn.ActivationLayer;
import org.activationexplorer.optim.Parameter;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.train.DivergenceException;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.Latest;
import org.activationexplorer.train.LossHistory;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;

/**
 * One run on a background thread, driven by commands from any thread: pause, resume, single steps, slow
 * motion, stop, and restore of the last good weights after a divergence. Commands take effect between
 * batches. The thread publishes a Snapshot at most 15 times a second (30 at most, by -Dexplorer.publishHz) and at
 * every change of state; the
 * consumer takes the newest with snapshots().take().
 */
public final class TrainingSession implements AutoCloseable {
    /** 15 snapshots a second by default: at 30 the software renderer took CPU the training needed (−10 %). */
    private static final long PUBLISH_NANOS = 1_000_000_000L / Math.max(1, Math.min(30,
            Integer.getInteger("explorer.publishHz", 15)));
    private static final int CHECKPOINT_EVERY = 20;
    private static final int PREDICTIONS = 16;

    private final Latest<Snapshot> snapshots = new Latest<>();
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
        thread = new Thread(() -> run(config.validated(), datasetFolder), "training");
        thread.setDaemon(true);
        thread.start();
    }

    public void pause() {
        paused = true;
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
        restoreWith = config.validated();
        wake();
    }

    /** Saves the run so far into the runs folder (between batches, or at once while paused); see the next snapshot. */
    public void saveNow() {
        saveRequested = true;
        wake();
    }

    /** Fits every activation panel's x-range to the current inputs at the next snapshot. */
    public void rescale() {
        rescale = true;
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
        Run run = new Run(config);
        run.publish(Snapshot.State.LOADING, "Loading " + folder);
        Dataset data;
        try {
            data = load(folder);
        } catch (IOException | RuntimeException e) {
            run.publish(Snapshot.State.FAILED, "Cannot load the dataset: " + e.getMessage());
            return;
        }
        try {
            run.begin(new Trainer(config, data));
            run.loop();
        } catch (RuntimeException | OutOfMemoryError e) {
            run.publish(Snapshot.State.FAILED, "Training failed: " + e);
        } finally {
            run.close();
        }
    }

    private synchronized Dataset load(Path folder) throws IOException {
        if (cachedData == null || !folder.equals(cachedPath)) {
            cachedData = Dataset.load(folder);
            cachedPath = folder;
        }
        return cachedData;
    }

    /** The state of one run, owned by the training thread. */
    private final class Run {
        private RunConfig config;
        private Trainer trainer;
        private final LossHistory history = new LossHistory(8192);
        private final List<EpochResult> epochs = new ArrayList<>();
        private List<LayerProbe> probes = List.of();
        private RunRecorder recorder;
        private List<Snapshot.Prediction> predictions = List.of();
        private float[][] checkpoint;
        private long steps;
        private long trainingNanos;
        private long lastPublish;
        private Snapshot.State published;
        private String divergence;
        private final long[] recentTimes = new long[64]; // end times of recent batches, for samples/s
        private int recent;

        Run(RunConfig config) {
            this.config = config;
        }

        void begin(Trainer t) {
            trainer = t;
            probes = RunRecorder.probes(t, config);
            recorder = new RunRecorder(RunRecorder.probes(t, config));
            recorder.record(0, 0);
            predictions = predict();
            saveCheckpoint();
        }

        void loop() {
            publish(paused ? Snapshot.State.PAUSED : Snapshot.State.RUNNING, paused ? "Paused" : null);
            while (!stop) {
                if (saveRequested) {
                    saveRequested = false;
                    String saved = save();
                    Snapshot.State state = divergence != null ? Snapshot.State.DIVERGED
                            : paused ? Snapshot.State.PAUSED : Snapshot.State.RUNNING;
                    publish(state, saved.isEmpty() ? "Nothing to save yet (no runs folder, or no step trained)"
                            : "Saved the run so far" + saved.substring(1));
                }
                RunConfig restore = restoreWith;
                if (restore != null) {
                    restoreWith = null;
                    restore(restore);
                    continue;
                }
                boolean single = stepsRequested > 0;
                if ((paused || divergence != null) && !single) {
                    if (published != Snapshot.State.PAUSED && divergence == null) {
                        publish(Snapshot.State.PAUSED, "Paused");
                    }
                    waitForCommand(200);
                    continue;
                }
                if (single && divergence != null) { // no stepping on from a diverged state
                    stepsRequested = 0;
                    continue;
                }
                pace();
                if (stop) {
                    break;
                }
                if (!trainOne()) {
                    continue;
                }
                if (single) {
                    stepsRequested = Math.max(0, stepsRequested - 1);
                    paused = true;
                }
                if (trainer.epochComplete()) {
                    epochs.add(trainer.finishEpoch());
                    predictions = predict();
                    if (trainer.epochsDone() >= config.epochs()) {
                        publish(Snapshot.State.FINISHED, "Finished " + config.epochs() + " epochs" + save());
                        return;
                    }
                    publish(paused ? Snapshot.State.PAUSED : Snapshot.State.RUNNING, null);
                }
                long now = System.nanoTime();
                if (single || now - lastPublish > PUBLISH_NANOS || rescale) {
                    publish(paused ? Snapshot.State.PAUSED : Snapshot.State.RUNNING, paused ? "Paused" : null);
                }
            }
            publish(Snapshot.State.STOPPED, "Stopped after " + steps + " batches" + save());
        }

        /** Saves the run into the runs folder (if one is set); returns the note for the status line. */
        private String save() {
            Path folder = runsFolder;
            if (folder == null || steps == 0) {
                return "";
            }
            String name = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern(
                    "yyyyMMdd-HHmmss")) + "-" + config.activation().family() + "-" + config.arch() + RunFiles.EXTENSION;
            Path file = folder.resolve(name);
            try {
                java.nio.file.Files.createDirectories(folder);
                recorder.record(steps, trainer.epochsDone());
                RunFiles.save(recorder.toRecord(trainer, config, steps, history, epochs), file);
                lastSaved = file;
                return "; saved " + file;
            } catch (IOException | RuntimeException e) {
                return "; could not save the run: " + e.getMessage();
            }
        }

        /** Trains one batch; false if it diverged (then the run waits for a restore). */
        private boolean trainOne() {
            long start = System.nanoTime();
            double loss;
            try {
                loss = trainer.trainBatch();
            } catch (DivergenceException e) {
                diverged("the loss became " + e.getMessage());
                return false;
            }
            long end = System.nanoTime();
            trainingNanos += end - start;
            if (recent > 0 && start - recentTimes[(recent - 1) % recentTimes.length] > 300_000_000L) {
                recent = 0; // after a pause or an evaluation: measure the speed of training, not of the gap
            }
            recentTimes[recent++ % recentTimes.length] = end;
            history.add(loss);
            steps++;
            recorder.afterStep(steps, trainer.epochsDone());
            if (steps % CHECKPOINT_EVERY == 0) {
                String bad = firstNonFinite();
                if (bad != null) {
                    diverged("parameter " + bad + " is no longer finite");
                    return false;
                }
                saveCheckpoint();
            }
            return true;
        }

        private void diverged(String what) {
            divergence = "Training diverged at epoch " + (trainer.epochsDone() + 1) + ", batch "
                    + (trainer.batchIndex() + 1) + ": " + what + ". Lower the learning rate"
                    + (config.activation().family().equals("relu") ? "" : " or the activation learning rate")
                    + ", then Restore to continue from the last good weights (step "
                    + Math.max(0, steps - steps % CHECKPOINT_EVERY) + ").";
            publish(Snapshot.State.DIVERGED, divergence);
        }

        private void pace() {
            double rate = stepsPerSecond;
            if (rate <= 0 || recent == 0) {
                return;
            }
            long due = recentTimes[(recent - 1) % recentTimes.length] + (long) (1e9 / rate);
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
                if (System.nanoTime() - lastPublish > PUBLISH_NANOS) {
                    publish(Snapshot.State.RUNNING, null);
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
                publish(divergence != null ? Snapshot.State.DIVERGED : Snapshot.State.PAUSED,
                        divergence != null ? divergence : "Paused");
            }
        }

        private String firstNonFinite() {
            for (Parameter p : trainer.network().parameters()) {
                for (float v : p.value()) {
                    if (!Float.isFinite(v)) {
                        return p.name();
                    }
                }
            }
            return null;
        }

        private void saveCheckpoint() {
            List<Parameter> ps = trainer.network().parameters();
            if (checkpoint == null) {
                checkpoint = new float[ps.size()][];
            }
            for (int i = 0; i < ps.size(); i++) {
                float[] v = ps.get(i).value();
                if (checkpoint[i] == null || checkpoint[i].length != v.length) {
                    checkpoint[i] = new float[v.length];
                }
                System.arraycopy(v, 0, checkpoint[i], 0, v.length);
            }
        }

        private void restore(RunConfig with) {
            int epochsDone = trainer.epochsDone();
            Trainer next;
            try {
                next = new Trainer(with, trainer.data());
            } catch (RuntimeException e) {
                publish(Snapshot.State.DIVERGED, "Cannot restore with these settings: " + e.getMessage());
                return;
            }
            List<Parameter> ps = next.network().parameters();
            boolean fits = ps.size() == checkpoint.length;
            for (int i = 0; fits && i < ps.size(); i++) {
                fits = ps.get(i).value().length == checkpoint[i].length;
            }
            if (!fits) {
                next.close();
                publish(Snapshot.State.DIVERGED, "Cannot restore: the network or activation changed shape; "
                        + "restore with the same architecture and family, or press Start for a new run.");
                return;
            }
            for (int i = 0; i < ps.size(); i++) {
                System.arraycopy(checkpoint[i], 0, ps.get(i).value(), 0, checkpoint[i].length);
            }
            trainer.close();
            trainer = next;
            trainer.continueAfter(epochsDone);
            config = with;
            List<ActivationLayer> layers = trainer.network().activationLayers();
            List<LayerProbe> list = new ArrayList<>();
            for (int i = 0; i < layers.size(); i++) {
                list.add(probes.get(i).rebind(layers.get(i)));
            }
            probes = list;
            recorder = recorder.rebind(layers);
            divergence = null;
            paused = true;
            stepsRequested = 0;
            publish(Snapshot.State.PAUSED, "Restored the weights of step "
                    + Math.max(0, steps - steps % CHECKPOINT_EVERY) + "; press Resume to continue");
        }

        private List<Snapshot.Prediction> predict() {
            Dataset d = trainer.data();
            int n = Math.min(PREDICTIONS, Math.min(d.testSize(), config.batchSize()));
            float[] logits = trainer.predictTest(n);
            int k = d.classes();
            List<Snapshot.Prediction> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int best = 0;
                double max = Double.NEGATIVE_INFINITY, sum = 0;
                for (int j = 0; j < k; j++) {
                    if (logits[i * k + j] > max) {
                        max = logits[i * k + j];
                        best = j;
                    }
                }
                for (int j = 0; j < k; j++) {
                    sum += Math.exp(logits[i * k + j] - max);
                }
                list.add(new Snapshot.Prediction(i, d.testImagePixels(i), d.rows(), d.cols(), d.testLabels()[i] & 0xFF,
                        best, 1 / sum));
            }
            // immutable, so every snapshot of the epoch shares this list and the window repaints its strip only when
            // the list changes (Snapshot's List.copyOf made a new one per snapshot: 16 cells repainted at 15 Hz)
            return List.copyOf(list);
        }

        void publish(Snapshot.State state, String message) {
            lastPublish = System.nanoTime();
            published = state;
            if (rescale) {
                rescale = false;
                probes.forEach(LayerProbe::requestRescale);
            }
            List<LayerSnapshot> layers = new ArrayList<>();
            for (LayerProbe p : probes) {
                layers.add(p.snapshot());
            }
            int perEpoch = trainer == null ? 0 : trainer.batchesPerEpoch();
            int batch = trainer == null || !trainer.epochInProgress() ? 0 : trainer.batchIndex() + 1;
            snapshots.publish(new Snapshot(state, message, config, trainer == null ? 0 : trainer.epochsDone(), batch,
                    perEpoch, steps, samplesPerSecond(), trainingNanos / 1e9, history.points(), history.stride(),
                    epochs, layers, predictions));
        }

        private double samplesPerSecond() {
            int n = Math.min(recent, recentTimes.length);
            if (n < 2) {
                return 0;
            }
            long newest = recentTimes[(recent - 1) % recentTimes.length];
            long oldest = recentTimes[(recent - n) % recentTimes.length];
            if (System.nanoTime() - newest > 1_000_000_000L) {
                return 0; // paused or stalled
            }
            return (n - 1) * (double) config.batchSize() / ((newest - oldest) / 1e9);
        }

        void close() {
            if (trainer != null) {
                trainer.close();
            }
        }
    }
}
