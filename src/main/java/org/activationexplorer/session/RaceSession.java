package org.activationexplorer.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.nn.ActivationLayer;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.Latest;
import org.activationexplorer.train.RunConfig;

/**
 * A Race on a background thread for the window: trains the lanes in turn and publishes a RaceSnapshot at most
 * publishPerSecond times a second (and at the end), which the window takes with snapshots().take(). stop() ends it
 * between batches.
 */
public final class RaceSession implements AutoCloseable {
    /** One lane at an instant. */
    public record Lane(String family, float[] losses, int lossStride, List<EpochResult> epochs,
                       List<LayerSnapshot> layers, double samplesPerSecond, long steps, long parameters,
                       RunEvent.Diverged diverged) {
        public Lane {
            epochs = List.copyOf(epochs);
            layers = List.copyOf(layers);
        }
    }

    /** Every lane at an instant; `problem` is why the race could not start (else null). */
    public record RaceSnapshot(List<Lane> lanes, int batchesPerEpoch, boolean finished, String problem) {
        public RaceSnapshot {
            lanes = List.copyOf(lanes);
        }
    }

    private final Latest<RaceSnapshot> snapshots = new Latest<>();
    private final long publishNanos;
    private volatile boolean stop;
    private Thread thread;

    public RaceSession(int publishPerSecond) {
        publishNanos = 1_000_000_000L / Math.max(1, Math.min(30, publishPerSecond));
    }

    public Latest<RaceSnapshot> snapshots() {
        return snapshots;
    }

    /** Starts the race of `families` on `base` (their default hyperparameters) with the dataset in `folder`. */
    public synchronized void start(RunConfig base, List<String> families, Path folder) {
        close();
        stop = false;
        thread = new Thread(() -> run(base, families, folder), "race");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(RunConfig base, List<String> families, Path folder) {
        Dataset data;
        List<ActivationConfig> activations;
        try {
            data = Dataset.load(folder);
            activations = Race.families(base, families);
        } catch (IOException | RuntimeException e) {
            snapshots.publish(new RaceSnapshot(List.of(), 0, true, e.getMessage()));
            return;
        }
        try (Race race = new Race(base, activations, data, null)) {
            List<List<LayerProbe>> probes = new ArrayList<>();
            for (TrainingRun r : race.runs()) {
                probes.add(RunRecorder.probes(r.trainer(), r.config()));
            }
            long last = 0;
            boolean more = true;
            while (more && !stop) {
                more = race.step();
                long now = System.nanoTime();
                if (!more || now - last > publishNanos) {
                    last = now;
                    snapshots.publish(snapshot(race, probes, !more));
                }
            }
        } catch (RuntimeException e) {
            snapshots.publish(new RaceSnapshot(List.of(), 0, true, e.getMessage()));
        }
    }

    private static RaceSnapshot snapshot(Race race, List<List<LayerProbe>> probes, boolean finished) {
        List<Lane> lanes = new ArrayList<>();
        for (int l = 0; l < race.lanes(); l++) {
            TrainingRun r = race.run(l);
            List<LayerSnapshot> layers = new ArrayList<>();
            for (LayerProbe p : probes.get(l)) {
                layers.add(p.snapshot());
            }
            long parameters = 0;
            for (ActivationLayer a : r.trainer().network().activationLayers()) {
                parameters += a.activation().parameters().length;
            }
            lanes.add(new Lane(race.family(l), r.history().points(), r.history().stride(), r.epochs(), layers,
                    race.samplesPerSecond(l), r.steps(), parameters, r.diverged()));
        }
        return new RaceSnapshot(lanes, race.run(0).trainer().batchesPerEpoch(), finished, null);
    }

    public void stop() {
        stop = true;
    }

    public boolean running() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    /** Stops the race and waits for its thread (up to 5 s). */
    @Override
    public synchronized void close() {
        Thread t = thread;
        if (t == null) {
            return;
        }
        stop = true;
        try {
            t.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }
}
