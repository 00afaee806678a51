package org.activationexplorer.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;

/**
 * Two to four activation families trained side by side on the same data, one TrainingRun (a lane) each, for a
 * teacher to compare them fairly. Every lane has the base configuration with its own activation, so all share:
 * <ul>
 * <li>the seed, and with it the same initial weights and biases: Architectures draws them from new Random(seed) in
 *     layer order and Activations.create is given no Random (APL, SLAF and DiTAC seed their own from a
 *     hyperparameter), so the family never shifts the draws; the layer shapes do not depend on the family either
 *     (RaceTest checks both networks' weights are equal at step 0);</li>
 * <li>the batch order: each lane's Batches is shuffled from the same seed and epoch;</li>
 * <li>the machine: step() trains one batch of each lane in turn.</li>
 * </ul>
 * Each lane owns its trainer, network, optimizer and GEMM backend and shares only the read-only dataset, so a
 * lane's numbers are exactly those of training it alone with the same seed and options (RaceTest, CliTest).
 * A lane that finishes an epoch evaluates at once (finishEpoch); a lane that diverges stops, keeping its
 * RunEvent.Diverged, while the others go on. One thread drives the race and reads its lanes (the command line, or
 * later the window's training thread, which would publish snapshots as TrainingSession does).
 */
public final class Race implements AutoCloseable {
    public static final int MIN_LANES = 2;
    public static final int MAX_LANES = 4;

    /** What happens in a race, told on the thread that calls step(), as it happens. */
    public interface Listener {
        default void epochFinished(int lane, EpochResult result) {}

        default void diverged(int lane, RunEvent.Diverged event) {}
    }

    private final List<TrainingRun> runs = new ArrayList<>();
    private final List<SpeedMeter> speeds = new ArrayList<>();
    private final long[] trainingNanos; // each lane's own time in trainBatch: its speed's clock
    private final Listener listener;
    private int next; // the lane whose turn it is

    /**
     * One lane per activation, each on `base` with that activation. Throws IllegalArgumentException for fewer than
     * MIN_LANES or more than MAX_LANES activations, two equal ones, or a lane whose settings are invalid.
     */
    public Race(RunConfig base, List<ActivationConfig> activations, Dataset data, Listener listener) {
        if (activations.size() < MIN_LANES || activations.size() > MAX_LANES) {
            throw new IllegalArgumentException("a race needs " + MIN_LANES + " to " + MAX_LANES + " activations, got "
                    + activations.size());
        }
        if (new HashSet<>(activations).size() != activations.size()) {
            throw new IllegalArgumentException("a race needs different activations, got " + activations);
        }
        this.listener = listener == null ? new Listener() {} : listener;
        this.trainingNanos = new long[activations.size()];
        try {
            for (ActivationConfig a : activations) {
                runs.add(new TrainingRun(new Trainer(base.withActivation(a), data)));
                speeds.add(new SpeedMeter());
            }
        } catch (RuntimeException e) {
            close(); // the lanes made so far hold GEMM threads
            throw e;
        }
    }

    /**
     * The families by name, each with its default hyperparameters and initialisation (those given for the base's
     * family belong to it alone) and the base's parameter sharing.
     */
    public static List<ActivationConfig> families(RunConfig base, List<String> names) {
        return names.stream().map(n -> new ActivationConfig(n, java.util.Map.of(), null, base.activation().sharing()))
                .toList();
    }

    /**
     * Trains one batch of the next lane that is neither finished nor diverged, in turn, and evaluates that lane if
     * the batch ended its epoch. Returns false, having done nothing, when every lane is done.
     */
    public boolean step() {
        for (int tried = 0; tried < runs.size(); tried++) {
            int lane = next;
            next = (next + 1) % runs.size();
            if (!done(lane)) {
                train(lane);
                return true;
            }
        }
        return false;
    }

    private void train(int lane) {
        TrainingRun run = runs.get(lane);
        long start = System.nanoTime();
        RunEvent.Diverged diverged = run.trainBatch();
        long took = System.nanoTime() - start;
        if (diverged != null) {
            listener.diverged(lane, diverged);
            return;
        }
        // the lane's speed on its own clock: time spent training the other lanes is not its slowness
        speeds.get(lane).batch(trainingNanos[lane], trainingNanos[lane] + took, run.config().batchSize());
        trainingNanos[lane] += took;
        if (run.epochComplete()) {
            listener.epochFinished(lane, run.finishEpoch());
        }
    }

    /** Every lane has finished or diverged. */
    public boolean finished() {
        for (int lane = 0; lane < runs.size(); lane++) {
            if (!done(lane)) {
                return false;
            }
        }
        return true;
    }

    /** The lane has trained all its epochs, or diverged. */
    public boolean done(int lane) {
        TrainingRun run = runs.get(lane);
        return run.diverged() != null || run.finished();
    }

    public int lanes() {
        return runs.size();
    }

    /** The lane's run: its config (family), losses, epochs, steps, network and layers, divergence. */
    public TrainingRun run(int lane) {
        return runs.get(lane);
    }

    public List<TrainingRun> runs() {
        return List.copyOf(runs);
    }

    /** The lane's family name, as on the command line. */
    public String family(int lane) {
        return runs.get(lane).config().activation().family();
    }

    /**
     * The lane's samples per second over its recent batches, on its own training time: what it would train at
     * alone, comparable across lanes. (run(lane).samplesPerSecond() is its progress in wall time, about 1/lanes()
     * of that, since the lanes take turns.) NaN before its first batch.
     */
    public double samplesPerSecond(int lane) {
        return speeds.get(lane).samplesPerSecond();
    }

    /** Releases every lane's GEMM threads. */
    @Override
    public void close() {
        for (TrainingRun run : runs) {
            run.close();
        }
    }
}
