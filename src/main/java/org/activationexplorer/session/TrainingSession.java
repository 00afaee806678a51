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
    static final int PREDICTIONS = 16;
    /** The layers' health is measured this often (it takes a few milliseconds of the training thread). */
    static final long HEALTH_NANOS = 1_000_000_000L;

    final long publishNanos;
    final Latest<Snapshot> snapshots = new Latest<>();
    final Latest<DigitAnswer> digits = new Latest<>();
    volatile byte[] digitRequest;
    final Object lock = new Object();
    private Thread thread;
    volatile boolean stop;
    volatile boolean paused;
    volatile int stepsRequested;
    volatile double stepsPerSecond; // 0: full speed
    volatile RunConfig restoreWith;
    volatile boolean rescale;
    volatile boolean saveRequested;
    volatile Path runsFolder;
    volatile Path lastSaved;
    private final Object dataLock = new Object();
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

    /**
     * Runs a drawn digit (28×28, MNIST's form) through the current network between batches; see digits(). False,
     * and nothing asked, when the run's images are of another size (colour CIFAR-10): its network cannot take it.
     */
    public boolean classify(byte[] image) {
        synchronized (this) { // cachedData: the dataset of the run, set by load() under this lock
            if (cachedData != null && cachedData.features() != image.length) {
                return false;
            }
        }
        digitRequest = image.clone();
        wake();
        return true;
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

    void wake() {
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
        TrainingLoop loop = new TrainingLoop(this, config);
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

    /**
     * Loads a dataset folder into the cache on a background thread, so that Start finds it loaded (the window asks
     * for its default dataset once it is on screen: MNIST takes 0.2–0.4 s to read on an idle 2-core machine, seconds
     * on a busy one). A failure is left for Start to report.
     */
    public void preload(Path folder) {
        Thread t = new Thread(() -> {
            try {
                load(folder);
            } catch (IOException | RuntimeException e) {
                // Start loads again and reports the problem
            }
        }, "dataset preload");
        t.setDaemon(true);
        t.start();
    }

    /** The cached dataset of `folder` (loading it if needed). Its own lock: start() must not wait for a load. */
    private Dataset load(Path folder) throws IOException {
        synchronized (dataLock) {
            if (cachedData == null || !folder.equals(cachedPath)) {
                cachedData = null; // let the old one go before reading the next
                cachedData = Dataset.load(folder);
                cachedPath = folder;
            }
            return cachedData;
        }
    }

    /** Whether `folder` is loaded (tests). */
    boolean loaded(Path folder) {
        synchronized (dataLock) {
            return cachedData != null && folder.equals(cachedPath);
        }
    }
}
