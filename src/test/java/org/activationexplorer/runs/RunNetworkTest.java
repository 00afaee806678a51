package org.activationexplorer.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.data.CifarFiles;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.ImageShape;
import org.activationexplorer.optim.Parameter;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunNetworkTest {
    private static Dataset mnist;

    @BeforeAll
    static void load() throws IOException {
        mnist = Dataset.load(Path.of("datasets", "mnist"));
    }

    @AfterAll
    static void release() {
        mnist = null; // 235 MB the other test classes need more
    }

    /** The trainer's network after a few steps, as a run file keeps it. */
    private static RunRecord record(Trainer trainer) {
        Map<String, float[]> weights = new LinkedHashMap<>();
        for (Parameter p : trainer.network().parameters()) {
            weights.put(p.name(), p.value().clone());
        }
        weights.putAll(trainer.network().state()); // as RunRecorder saves it: SLAF's running statistics
        return new RunRecord(trainer.config(), 0, new float[0], 1, List.of(), List.of(), weights,
                trainer.data().shape());
    }

    private static double[] softmax(float[] logits, int offset) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int j = 0; j < 10; j++) {
            max = Math.max(max, logits[offset + j]);
        }
        double[] p = new double[10];
        for (int j = 0; j < 10; j++) {
            p[j] = Math.exp(logits[offset + j] - max);
            sum += p[j];
        }
        for (int j = 0; j < 10; j++) {
            p[j] /= sum;
        }
        return p;
    }

    private static void assertAnswersAsTheTrainer(RunConfig config) {
        assertAnswersAsTheTrainer(config, mnist);
    }

    private static void assertAnswersAsTheTrainer(RunConfig config, Dataset data) {
        try (Trainer trainer = new Trainer(config, data)) {
            trainer.trainSteps(4); // away from the initial weights, which the rebuilt network would have anyway
            float[] logits = trainer.predictTest(20);
            try (RunNetwork network = RunNetwork.of(record(trainer), data)) {
                double[][] p = network.probabilities(data.testImages(), 20);
                for (int i = 0; i < 20; i++) {
                    assertArrayEquals(softmax(logits, i * 10), p[i], 1e-5, "image " + i);
                    assertEquals(1, java.util.Arrays.stream(p[i]).sum(), 1e-9);
                }
                // raw pixels, normalised by the network's dataset, give what the dataset's normalised images give
                // (to rounding: one image goes through the GEMM's kernels in another order than twenty)
                assertArrayEquals(p[3], network.probabilities(data.testImagePixels(3)), 1e-6);
            }
        }
    }

    @Test
    void aRebuiltMlpWithPerNeuronActivationsAnswersAsTheTrainersNetworkDid() {
        RunConfig c = RunConfig.defaults();
        assertAnswersAsTheTrainer(new RunConfig("mlp", List.of(48, 24), new ActivationConfig("pau", Map.of(), null,
                Sharing.CHANNEL), "adam", 1e-2, 1e-2, 0.9, 0, 32, 1, 3, 0, c.init(), "auto", 1));
    }

    @Test
    void aRebuiltSlafNetworkNormalisesWithTheTrainersRunningStatistics() {
        RunConfig c = RunConfig.defaults();
        assertAnswersAsTheTrainer(new RunConfig("mlp", List.of(32), ActivationConfig.of("slaf"), "adam", 1e-2, 1e-2,
                0.9, 0, 32, 1, 3, 0, c.init(), "auto", 1));
    }

    @Test
    void aRebuiltLenet5AnswersAsTheTrainersNetworkDid() {
        RunConfig c = RunConfig.defaults();
        assertAnswersAsTheTrainer(new RunConfig("lenet5", List.of(), ActivationConfig.of("tanh"), "adam", 1e-2, 1e-2,
                0.9, 0, 32, 1, 5, 0, c.init(), "auto", 1));
    }

    @Test
    void aRebuiltLenet5OnColourImagesAnswersAsTheTrainersNetworkDid(@TempDir Path dir) throws IOException {
        Dataset cifar = Dataset.load(CifarFiles.writeFolder(dir.resolve("cifar"), 8, 20));
        RunConfig c = RunConfig.defaults();
        assertAnswersAsTheTrainer(new RunConfig("lenet5", List.of(), ActivationConfig.of("tanh"), "adam", 1e-2, 1e-2,
                0.9, 0, 32, 1, 5, 0, c.init(), "auto", 1), cifar);
    }

    @Test
    void weightsThatDoNotFitAreRefusedNamingTheWeight() {
        RunConfig config = new RunConfig("mlp", List.of(16), ActivationConfig.of("relu"), "adam", 1e-3, 1e-3, 0.9, 0,
                32, 1, 1, 0, RunConfig.defaults().init(), "java", 1);
        RunRecord good;
        try (Trainer trainer = new Trainer(config, mnist)) {
            good = record(trainer);
        }
        Map<String, float[]> shorter = new LinkedHashMap<>(good.weights());
        shorter.put("2.weight", new float[159]);
        Map<String, float[]> missing = new LinkedHashMap<>(good.weights());
        missing.remove("0.bias");
        Map<String, float[]> extra = new LinkedHashMap<>(good.weights());
        extra.put("5.weight", new float[3]);

        assertEquals("weight '2.weight' has 159 values in the run file but 160 in the network (a run of another "
                + "dataset?)", refusal(good, shorter));
        assertEquals("the run file has no weight '0.bias' (16 values) for its network", refusal(good, missing));
        assertEquals("the run file has weights its network lacks: [5.weight]", refusal(good, extra));
    }

    private static String refusal(RunRecord good, Map<String, float[]> weights) {
        RunRecord bad = new RunRecord(good.config(), 0, new float[0], 1, List.of(), List.of(), weights);
        return assertThrows(RunNetwork.WeightsMismatchException.class, () -> RunNetwork.of(bad, mnist)).getMessage();
    }

    @Test
    void aRunOfColourImagesIsRefusedForGreyOnes() {
        RunConfig config = new RunConfig("mlp", List.of(16), ActivationConfig.of("relu"), "adam", 1e-3, 1e-3, 0.9, 0,
                32, 1, 1, 0, RunConfig.defaults().init(), "java", 1);
        RunRecord colour = new RunRecord(config, 0, new float[0], 1, List.of(), List.of(), Map.of(),
                ImageShape.CIFAR10);

        RunNetwork.InputMismatchException e = assertThrows(RunNetwork.InputMismatchException.class,
                () -> RunNetwork.of(colour, mnist));
        assertEquals(ImageShape.CIFAR10, e.run());
        assertEquals(ImageShape.DIGITS, e.dataset());
    }

    @Test
    void thePredictedClassIsTheMostProbableOne() {
        assertEquals(2, RunNetwork.predicted(new double[] {0.1, 0.2, 0.5, 0.2}));
        assertEquals(0, RunNetwork.predicted(new double[] {0.5, 0.5}));
    }
}
