package org.activationexplorer.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.LayerHealth;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule of RunFileChecks, on real runs with one thing changed; and such runs in files are refused. */
class RunFileChecksTest {
    @TempDir
    Path dir;

    private static RunRecord load(String sample) {
        try {
            return RunFiles.load(RunFileSamples.get(sample));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RunRecord copy(RunRecord r, RunConfig config, long steps, float[] losses, int stride,
                                  List<EpochResult> epochs, List<RunRecord.Frame> frames, Map<String, float[]> w) {
        return new RunRecord(config, steps, losses, stride, epochs, frames, w, r.input());
    }

    private static RunRecord withConfig(RunRecord r, RunConfig c) {
        return copy(r, c, r.steps(), r.losses(), r.lossStride(), r.epochs(), r.frames(), r.weights());
    }

    private static RunRecord withEpoch(RunRecord r, UnaryOperator<EpochResult> edit) {
        List<EpochResult> epochs = new ArrayList<>(r.epochs());
        epochs.set(0, edit.apply(epochs.get(0)));
        return copy(r, r.config(), r.steps(), r.losses(), r.lossStride(), epochs, r.frames(), r.weights());
    }

    private static RunRecord withFrames(RunRecord r, List<RunRecord.Frame> frames) {
        return copy(r, r.config(), r.steps(), r.losses(), r.lossStride(), r.epochs(), frames, r.weights());
    }

    /** The run with the first frame's first layer edited. */
    private static RunRecord withLayer(RunRecord r, UnaryOperator<LayerCurve> edit) {
        List<RunRecord.Frame> frames = new ArrayList<>(r.frames());
        RunRecord.Frame f = frames.get(0);
        List<LayerCurve> layers = new ArrayList<>(f.layers());
        layers.set(0, edit.apply(layers.get(0)));
        frames.set(0, new RunRecord.Frame(f.step(), f.epoch(), layers));
        return withFrames(r, frames);
    }

    private static RunRecord withWeights(RunRecord r, UnaryOperator<Map<String, float[]>> edit) {
        return copy(r, r.config(), r.steps(), r.losses(), r.lossStride(), r.epochs(), r.frames(),
                edit.apply(new LinkedHashMap<>(r.weights())));
    }

    private static EpochResult epoch(EpochResult e, int number, double accuracy, double loss, double seconds,
                                     List<LayerHealth> health) {
        return new EpochResult(number, loss, e.testLoss(), accuracy, e.samplesPerSecond(), seconds, e.evalSeconds(),
                health);
    }

    private static void assertInconsistent(RunRecord run) {
        assertFalse(RunFileChecks.problems(run, RunFileWriter.version(run.config())).isEmpty(), "accepted");
    }

    @Test
    void everyRealRunIsConsistent() {
        for (String name : RunFileSamples.all().keySet()) {
            RunRecord run = load(name);
            assertEquals(List.of(), RunFileChecks.problems(run, RunFileWriter.version(run.config())), name);
        }
    }

    @Test
    void anInvalidConfigurationOrAnUnknownBackendIsInconsistent() {
        RunRecord r = load("mlp-relu");
        RunConfig c = r.config();
        assertInconsistent(withConfig(r, c.withRoutine("constant", Double.NaN)));
        assertInconsistent(withConfig(r, new RunConfig(c.arch(), c.hidden(), c.activation(), c.optimizer(),
                c.learningRate(), c.activationLearningRate(), c.momentum(), c.weightDecay(), c.batchSize(),
                c.epochs(), c.seed(), c.limit(), c.init(), "bogus", c.threads())));
    }

    @Test
    void theVersionMustBeTheOneTheWriterGivesTheConfiguration() {
        RunRecord perLayer = load("mlp-per-layer");
        assertFalse(RunFileChecks.problems(perLayer, 1).isEmpty(), "version 1 cannot hold a family per layer");
        assertFalse(RunFileChecks.problems(load("mlp-relu"), 2).isEmpty());
    }

    @Test
    void weightsMustFitTheArchitectureAndTheFamilyExactly() {
        RunRecord pau = load("mlp-pau-channel");
        RunConfig c = pau.config();
        assertInconsistent(withWeights(pau, w -> {
            w.put("0.weight", new float[w.get("0.weight").length - 1]);
            return w;
        }));
        assertInconsistent(withWeights(pau, w -> {
            w.remove("2.bias");
            return w;
        }));
        assertInconsistent(withWeights(pau, w -> {
            w.put("3.weight", new float[1]);
            return w;
        }));
        assertInconsistent(withConfig(pau, new RunConfig("lenet5", c.hidden(), c.activation(), c.optimizer(),
                c.learningRate(), c.activationLearningRate(), c.momentum(), c.weightDecay(), c.batchSize(),
                c.epochs(), c.seed(), c.limit(), c.init(), c.blas(), c.threads())));
        assertInconsistent(withConfig(pau, c.withActivation(ActivationConfig.of("relu"))));
        assertInconsistent(withConfig(pau, c.withActivation(new ActivationConfig("pau", Map.of(), null,
                Sharing.LAYER))));
    }

    @Test
    void lossPointsMustMatchTheStepsAtAPowerOfTwoStride() {
        RunRecord r = load("mlp-relu");
        assertInconsistent(copy(r, r.config(), r.steps(), r.losses(), 3, r.epochs(), r.frames(), r.weights()));
        assertInconsistent(copy(r, r.config(), r.steps(), java.util.Arrays.copyOf(r.losses(), r.losses().length - 1),
                r.lossStride(), r.epochs(), r.frames(), r.weights()));
        assertInconsistent(copy(r, r.config(), r.steps() + r.lossStride(), r.losses(), r.lossStride(), r.epochs(),
                r.frames(), r.weights()));
    }

    @Test
    void epochResultsMustBeNumberedInOrderWithValuesInRange() {
        RunRecord r = load("mlp-relu");
        assertInconsistent(withEpoch(r, e -> epoch(e, 2, e.testAccuracy(), e.trainLoss(), e.trainSeconds(),
                e.layers())));
        assertInconsistent(withEpoch(r, e -> epoch(e, 1, Double.NaN, e.trainLoss(), e.trainSeconds(), e.layers())));
        assertInconsistent(withEpoch(r, e -> epoch(e, 1, 1.5, e.trainLoss(), e.trainSeconds(), e.layers())));
        assertInconsistent(withEpoch(r, e -> epoch(e, 1, e.testAccuracy(), -1, e.trainSeconds(), e.layers())));
        assertInconsistent(withEpoch(r, e -> epoch(e, 1, e.testAccuracy(), e.trainLoss(), -1, e.layers())));
        assertInconsistent(withEpoch(r, e -> epoch(e, 1, e.testAccuracy(), e.trainLoss(), Double.POSITIVE_INFINITY,
                e.layers())));
        assertInconsistent(withEpoch(r, e -> epoch(e, 1, e.testAccuracy(), e.trainLoss(), e.trainSeconds(),
                e.layers().subList(0, 1))));
        assertInconsistent(withEpoch(r, e -> epoch(e, 1, e.testAccuracy(), e.trainLoss(), e.trainSeconds(),
                List.of(new LayerHealth(2, 0, 0, 0, 0), new LayerHealth(0, 0, 0, 0, 0)))));
    }

    @Test
    void aDivergedRunsNaNLossesAndHealthAreConsistent() {
        RunRecord r = load("mlp-relu");
        float[] losses = r.losses().clone();
        java.util.Arrays.fill(losses, Float.NaN);
        RunRecord diverged = withEpoch(copy(r, r.config(), r.steps(), losses, r.lossStride(), r.epochs(), r.frames(),
                r.weights()), e -> new EpochResult(1, Double.NaN, Double.POSITIVE_INFINITY, 0.1, 0, 0, 0,
                List.of(new LayerHealth(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NEGATIVE_INFINITY),
                        new LayerHealth(0, 1, 0, Double.POSITIVE_INFINITY, Double.NaN))));
        assertEquals(List.of(), RunFileChecks.problems(diverged, 1));
    }

    @Test
    void framesMustBeInOrderWithinTheRunAndItsEpochs() {
        RunRecord r = load("mlp-relu");
        List<RunRecord.Frame> frames = r.frames();
        RunRecord.Frame first = frames.get(0), last = frames.get(frames.size() - 1);
        assertInconsistent(withFrames(r, List.of(last, first)));
        assertInconsistent(withFrames(r, List.of(first, new RunRecord.Frame(r.steps() + 1, 0, last.layers()))));
        assertInconsistent(withFrames(r, List.of(new RunRecord.Frame(0, -1, first.layers()))));
        assertInconsistent(withFrames(r, List.of(new RunRecord.Frame(0, r.epochs().size() + 1, first.layers()))));
        assertInconsistent(withFrames(r, List.of(new RunRecord.Frame(0, 0, first.layers().subList(0, 1)))));
    }

    @Test
    void everyRecordedLayerMustHaveARangeCurvesBinsAndTheFamilysParameterCount() {
        RunRecord pau = load("mlp-pau-channel");
        assertInconsistent(withLayer(pau, l -> new LayerCurve(Double.NaN, l.hi(), l.y(), l.dy(), l.histogram(),
                l.parameters())));
        assertInconsistent(withLayer(pau, l -> new LayerCurve(l.hi(), l.hi(), l.y(), l.dy(), l.histogram(),
                l.parameters())));
        assertInconsistent(withLayer(pau, l -> new LayerCurve(l.lo(), l.hi(), new float[1], new float[1],
                l.histogram(), l.parameters())));
        assertInconsistent(withLayer(pau, l -> new LayerCurve(l.lo(), l.hi(), l.y(), new float[3], l.histogram(),
                l.parameters())));
        assertInconsistent(withLayer(pau, l -> new LayerCurve(l.lo(), l.hi(), l.y(), l.dy(), new int[0],
                l.parameters())));
        int[] negative = pau.frames().get(0).layers().get(0).histogram().clone();
        negative[3] = -7;
        assertInconsistent(withLayer(pau, l -> new LayerCurve(l.lo(), l.hi(), l.y(), l.dy(), negative,
                l.parameters())));
        assertInconsistent(withLayer(pau, l -> new LayerCurve(l.lo(), l.hi(), l.y(), l.dy(), l.histogram(),
                java.util.Arrays.copyOf(l.parameters(), l.parameters().length + 1))));
    }

    /** What damage testing found accepted, each written by the writer itself (so only the checks can refuse it). */
    @Test
    void inconsistentRunsInFilesAreRefusedWithTheOneException() throws IOException {
        RunRecord pau = load("mlp-pau-channel");
        List<RunRecord> bad = List.of(
                withConfig(pau, pau.config().withActivation(ActivationConfig.of("relu"))),
                withFrames(pau, List.of(new RunRecord.Frame(0, -1, pau.frames().get(0).layers()))),
                withEpoch(pau, e -> epoch(e, 1, Double.NaN, e.trainLoss(), e.trainSeconds(), e.layers())),
                withWeights(pau, w -> {
                    w.put("0.weight", new float[7]);
                    return w;
                }));
        for (int i = 0; i < bad.size(); i++) {
            Path file = dir.resolve("bad-" + i + RunFiles.EXTENSION);
            Files.write(file, RunFileWriter.bytes(bad.get(i), new GsonBuilder().serializeSpecialFloatingPointValues()
                    .create()));
            RunFileException e = assertThrows(RunFileException.class, () -> RunFiles.load(file));
            assertEquals(file, e.file());
        }
    }
}
