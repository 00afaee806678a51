package org.activationexplorer.session;

import org.activationexplorer.runs.LayerCurve;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.nn.ActivationLayer;
import org.activationexplorer.optim.Parameter;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.LossHistory;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;

/**
 * Records a run for its run file: every activation layer at step 0, at every power of two (dense early) and
 * at regular steps, thinned by doubling the interval whenever more than MAX_FRAMES are kept, so memory stays
 * bounded however long the run; the first and the last frame are never dropped.
 */
public final class RunRecorder {
    static final int MAX_FRAMES = 256;
    private final List<LayerProbe> probes;
    private final List<RunRecord.Frame> frames = new ArrayList<>();
    private long every = 8;

    RunRecorder(List<LayerProbe> probes) {
        this.probes = probes;
    }

    /** A recorder for a trainer driven elsewhere (the command line). */
    static RunRecorder of(Trainer trainer) {
        return new RunRecorder(probes(trainer, trainer.config()));
    }

    /** Probes for every activation layer, each with a frozen copy of the layer's current (initial) parameters. */
    static List<LayerProbe> probes(Trainer trainer, RunConfig config) {
        List<ActivationLayer> layers = trainer.network().activationLayers();
        List<LayerProbe> list = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            ActivationLayer layer = layers.get(i);
            Activation frozen = Activations.create(config.activation(i), layer.channels());
            float[] now = layer.activation().parameters();
            System.arraycopy(now, 0, frozen.parameters(), 0, now.length);
            list.add(new LayerProbe(i, layer, frozen, config.activation(i).sharing() == Sharing.CHANNEL));
        }
        return list;
    }

    /** The same recording, continued on the layers of a trainer that took over the run (restore). */
    RunRecorder rebind(List<ActivationLayer> layers) {
        List<LayerProbe> list = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            list.add(probes.get(i).rebind(layers.get(i)));
        }
        RunRecorder r = new RunRecorder(list);
        r.frames.addAll(frames);
        r.every = every;
        return r;
    }

    /** Call after each training step (steps counted from 1); records when the schedule says so. */
    public void afterStep(long step, int epoch) {
        if (Long.bitCount(step) == 1 || step % every == 0) {
            record(step, epoch);
        }
    }

    /** Records now (the last step of a run), unless that step is recorded already. */
    public void record(long step, int epoch) {
        if (!frames.isEmpty() && frames.get(frames.size() - 1).step() == step) {
            return;
        }
        List<LayerCurve> layers = new ArrayList<>();
        for (LayerProbe p : probes) {
            layers.add(p.snapshot().curve()); // the live type, kept as it is
        }
        frames.add(new RunRecord.Frame(step, epoch, layers));
        while (frames.size() > MAX_FRAMES) {
            every *= 2;
            RunRecord.Frame first = frames.get(0), last = frames.get(frames.size() - 1);
            frames.removeIf(f -> f != first && f != last && Long.bitCount(f.step()) != 1 && f.step() % every != 0);
        }
    }

    /** The frames alone (no trainer): for tests of the schedule. */
    RunRecord toRecordForTest() {
        return new RunRecord(org.activationexplorer.train.RunConfig.defaults(), 0, new float[0], 1, List.of(), frames,
                Map.of());
    }

    public int frames() {
        return frames.size();
    }

    /** The run so far as a record: frames, metrics, the trainer's current weights (copied) and its input shape. */
    public RunRecord toRecord(Trainer trainer, RunConfig config, long steps, LossHistory history, List<EpochResult> epochs) {
        Map<String, float[]> weights = new LinkedHashMap<>();
        List<Parameter> parameters = trainer.network().parameters();
        Map<String, float[]> state = trainer.network().state(); // SLAF's statistics, after its parameters
        for (int i = 0; i < parameters.size(); i++) {
            String name = parameters.get(i).name(); // names carry the layer index
            weights.put(name, parameters.get(i).value().clone());
            if (state.containsKey(name + ".state")) {
                weights.put(name + ".state", state.get(name + ".state"));
            }
        }
        return new RunRecord(config, steps, history.points(), history.stride(), epochs, frames, weights,
                trainer.data().shape());
    }
}
