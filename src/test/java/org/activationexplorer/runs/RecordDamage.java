package org.activationexplorer.runs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.LayerHealth;
import org.activationexplorer.train.RunConfig;

/**
 * A real run changed so that it is certainly inconsistent, then written by RunFileWriter itself: a file whose
 * format is right in every byte, which only RunFileChecks can refuse.
 */
final class RecordDamage {
    private RecordDamage() {}

    static byte[] inconsistent(RunFileDamage.Sample s, Random r) {
        RunRecord run = s.run();
        List<UnaryOperator<RunRecord>> edits = List.of(
                x -> layer(x, r, l -> {
                    int[] h = l.histogram().clone();
                    h[r.nextInt(h.length)] = -1 - r.nextInt(1000);
                    return new LayerCurve(l.lo(), l.hi(), l.y(), l.dy(), h, l.parameters());
                }),
                x -> layer(x, r, l -> new LayerCurve(l.lo(), l.hi(), l.y(), l.dy(), l.histogram(),
                        Arrays.copyOf(l.parameters(), l.parameters().length + 1))),
                x -> layer(x, r, l -> new LayerCurve(Double.NaN, l.hi(), l.y(), l.dy(), l.histogram(),
                        l.parameters())),
                x -> layer(x, r, l -> new LayerCurve(l.lo(), l.hi(), l.y(), l.dy(), new int[0], l.parameters())),
                x -> frames(x, r, f -> new RunRecord.Frame(f.step(), f.epoch(), f.layers().subList(0,
                        f.layers().size() - 1))),
                x -> frames(x, r, f -> new RunRecord.Frame(f.step(), -1 - r.nextInt(5), f.layers())),
                x -> weights(x, r, w -> Arrays.copyOf(w, r.nextBoolean() ? w.length + 1 : Math.max(0,
                        w.length - 1 - r.nextInt(Math.max(1, w.length))))),
                x -> epochs(x, r, e -> new EpochResult(e.epoch(), e.trainLoss(), e.testLoss(), Double.NaN,
                        e.samplesPerSecond(), e.trainSeconds(), e.evalSeconds(), e.layers())),
                x -> epochs(x, r, e -> new EpochResult(e.epoch() - 1, e.trainLoss(), e.testLoss(),
                        e.testAccuracy(), e.samplesPerSecond(), e.trainSeconds(), e.evalSeconds(), e.layers())),
                x -> epochs(x, r, e -> new EpochResult(e.epoch(), e.trainLoss(), e.testLoss(), e.testAccuracy(),
                        e.samplesPerSecond(), e.trainSeconds(), e.evalSeconds(), List.of(new LayerHealth(2, 0, 0,
                        0, 0)))),
                x -> config(x, c -> new RunConfig(c.arch().equals("mlp") ? "lenet5" : "mlp", c.hidden(),
                        c.activation(), c.optimizer(), c.learningRate(), c.activationLearningRate(), c.momentum(),
                        c.weightDecay(), c.batchSize(), c.epochs(), c.seed(), c.limit(), c.init(), c.blas(),
                        c.threads(), c.layerActivations(), c.schedule(), c.clipNorm())),
                x -> config(x, c -> c.withActivation(ActivationConfig.of(
                        x.frames().get(0).layers().get(0).parameters().length > 0 ? "relu" : "pau"))),
                x -> new RunRecord(x.config(), x.steps() + x.lossStride(), x.losses(), x.lossStride(), x.epochs(),
                        x.frames(), x.weights(), x.input()),
                x -> {
                    List<RunRecord.Frame> frames = new ArrayList<>(x.frames());
                    RunRecord.Frame last = frames.remove(frames.size() - 1);
                    frames.add(new RunRecord.Frame(x.steps() + 1, last.epoch(), last.layers()));
                    return new RunRecord(x.config(), x.steps(), x.losses(), x.lossStride(), x.epochs(), frames,
                            x.weights(), x.input());
                });
        return RunFileDamage.written(edits.get(r.nextInt(edits.size())).apply(run));
    }

    private static RunRecord frames(RunRecord x, Random r, UnaryOperator<RunRecord.Frame> edit) {
        List<RunRecord.Frame> frames = new ArrayList<>(x.frames());
        int i = r.nextInt(frames.size());
        frames.set(i, edit.apply(frames.get(i)));
        return new RunRecord(x.config(), x.steps(), x.losses(), x.lossStride(), x.epochs(), frames, x.weights(),
                x.input());
    }

    private static RunRecord layer(RunRecord x, Random r, UnaryOperator<LayerCurve> edit) {
        return frames(x, r, f -> {
            List<LayerCurve> layers = new ArrayList<>(f.layers());
            int i = r.nextInt(layers.size());
            layers.set(i, edit.apply(layers.get(i)));
            return new RunRecord.Frame(f.step(), f.epoch(), layers);
        });
    }

    private static RunRecord weights(RunRecord x, Random r, UnaryOperator<float[]> edit) {
        Map<String, float[]> weights = new LinkedHashMap<>(x.weights());
        String name = List.copyOf(weights.keySet()).get(r.nextInt(weights.size()));
        weights.put(name, edit.apply(weights.get(name)));
        return new RunRecord(x.config(), x.steps(), x.losses(), x.lossStride(), x.epochs(), x.frames(), weights,
                x.input());
    }

    private static RunRecord epochs(RunRecord x, Random r, UnaryOperator<EpochResult> edit) {
        List<EpochResult> epochs = new ArrayList<>(x.epochs());
        int i = r.nextInt(epochs.size());
        epochs.set(i, edit.apply(epochs.get(i)));
        return new RunRecord(x.config(), x.steps(), x.losses(), x.lossStride(), epochs, x.frames(), x.weights(),
                x.input());
    }

    private static RunRecord config(RunRecord x, UnaryOperator<RunConfig> edit) {
        return new RunRecord(edit.apply(x.config()), x.steps(), x.losses(), x.lossStride(), x.epochs(), x.frames(),
                x.weights(), x.input());
    }
}
