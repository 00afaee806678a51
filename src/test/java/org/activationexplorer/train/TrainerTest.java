package org.activationexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.nn.Init;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End-to-end training on the bundled MNIST. */
class TrainerTest {
    private static Dataset mnist;

    @BeforeAll
    static void loadMnist() throws IOException {
        mnist = Dataset.load(DatasetFolders.bundledMnist());
    }

    private static RunConfig config(String arch, String activation, int limit, int batch, int epochs) {
        return new RunConfig(arch, List.of(256, 256), ActivationConfig.of(activation), "adam", 1e-3, 1e-3, 0.9, 0,
                batch, epochs, 1, limit, Init.HE, "auto", 1);
    }

    @Test
    void mlpReachesNinetyPercentAfterOneEpochOnFiveThousandImages() {
        Trainer trainer = new Trainer(config("mlp", "relu", 5000, 32, 1), mnist);
        int batches = 0;
        while (!trainer.epochComplete()) {
            trainer.trainBatch();
            batches++;
        }
        assertEquals(157, batches, "5000 images in batches of 32");
        EpochResult r = trainer.finishEpoch();
        assertEquals(1, trainer.epochsDone());
        assertEquals(10_000, trainer.evaluate().count());
        assertTrue(r.testAccuracy() > 0.90, "test accuracy " + r.testAccuracy());
        assertTrue(r.samplesPerSecond() > 0 && r.trainLoss() < 1.0, r.toString());
    }

    @Test
    void lenet5LossFallsWithinAFewHundredImages() {
        Trainer trainer = new Trainer(config("lenet5", "relu", 2000, 32, 1), mnist);
        double before = trainer.evaluate().loss();
        trainer.trainSteps(40);
        double after = trainer.evaluate().loss();
        assertTrue(after < 0.6 * before, "test loss " + before + " → " + after);
    }

    @Test
    void steadyStateTrainingStepsAllocateNothing() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (String arch : List.of("lenet5", "mlp")) {
            try (Trainer trainer = new Trainer(config(arch, "relu", 2000, 64, 1), mnist)) {
                trainer.trainSteps(300); // warm up: JIT, lazily grown scratch buffers
                // the least of ten windows: a Vector API kernel that C2 has not (re)compiled yet allocates its
                // vectors, which on a loaded 2-core machine happened in one window (3.4 MB), not in every one
                long least = Long.MAX_VALUE;
                for (int window = 0; window < 10 && least >= 4096; window++) {
                    long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
                    trainer.trainSteps(20);
                    least = Math.min(least, threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before);
                }
                assertTrue(least < 4096, arch + " allocated " + least + " bytes in 20 steps");
            }
        }
    }

    @Test
    void clippingAndAScheduleAllocateNothingPerStepEither() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        RunConfig routine = config("mlp", "relu", 2000, 64, 1).withRoutine("cosine", 0.5);
        try (Trainer trainer = new Trainer(routine, mnist)) {
            trainer.trainSteps(300);
            long least = Long.MAX_VALUE;
            for (int window = 0; window < 10 && least >= 4096; window++) {
                long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
                trainer.trainSteps(20);
                least = Math.min(least, threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before);
            }
            assertTrue(least < 4096, "allocated " + least + " bytes in 20 steps");
        }
    }

    @Test
    void theScheduleFollowsTheRunsUpdatesAndGoesOnAfterATakeOver() {
        RunConfig cosine = config("mlp", "relu", 640, 64, 4).withRoutine("cosine", 0); // 10 batches × 4 epochs
        try (Trainer trainer = new Trainer(cosine, mnist)) {
            assertEquals(1, trainer.learningRateFactor(), 1e-15);
            for (int i = 0; i < 10; i++) {
                trainer.trainBatch();
            }
            trainer.finishEpoch();
            assertEquals(0.5 * (1 + Math.cos(Math.PI * 10 / 40)), trainer.learningRateFactor(), 1e-12);
        }
        try (Trainer next = new Trainer(cosine.withRoutine("step", 0), mnist)) {
            next.continueAfter(2); // a restore: the epochs done so far
            assertEquals(0.1, next.learningRateFactor(), "20 of 40 updates: past the first drop");
        }
    }

    @Test
    void clippingHoldsEveryUpdateToTheClipNorm() {
        // SGD without momentum moves the weights by lr × the (clipped) gradient: the whole update's norm is lr × X
        RunConfig sgd = new RunConfig("mlp", List.of(32), ActivationConfig.of("prelu"), "sgd", 1, 1, 0, 0, 64, 1, 1,
                640, Init.HE, "auto", 1).withRoutine("constant", 1e-3);
        try (Trainer trainer = new Trainer(sgd, mnist)) {
            List<float[]> before = trainer.network().parameters().stream().map(p -> p.value().clone()).toList();
            trainer.trainSteps(1);
            double sum = 0;
            for (int i = 0; i < before.size(); i++) {
                float[] now = trainer.network().parameters().get(i).value();
                for (int k = 0; k < now.length; k++) {
                    sum += Math.pow(now[k] - before.get(i)[k], 2);
                }
            }
            assertEquals(1e-3, Math.sqrt(sum), 1e-6, "weights, biases and PReLU's slopes together");
        }
    }

    @Test
    void aFamilyPerLayerBuildsEachActivationLayerWithItsOwn() {
        RunConfig mixed = config("mlp", "relu", 640, 64, 1).withLayerActivations(List.of(
                ActivationConfig.of("slaf"), ActivationConfig.of("relu")));
        try (Trainer trainer = new Trainer(mixed, mnist)) {
            var layers = trainer.network().activationLayers();
            assertEquals("slaf", layers.get(0).activation().family().name());
            assertEquals("relu", layers.get(1).activation().family().name());
            assertTrue(Double.isFinite(trainer.trainSteps(3)));
        }
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        float[] a = weightsAfterSteps(7), b = weightsAfterSteps(7);
        assertArrayEquals(a, b);
    }

    private static float[] weightsAfterSteps(int steps) {
        Trainer trainer = new Trainer(config("mlp", "relu", 1000, 50, 1), mnist);
        trainer.trainSteps(steps);
        return trainer.network().parameters().get(0).value().clone();
    }

    @Test
    void trainStepsRunsThroughEpochEndsWithoutEvaluating() {
        Trainer trainer = new Trainer(config("mlp", "relu", 500, 100, 1), mnist);
        trainer.trainSteps(12); // five batches an epoch
        assertEquals(0, trainer.epochsDone(), "benchmark steps do not count as epochs");
        assertTrue(trainer.health().isEmpty(), "nor measure health");
    }

    @Test
    void aDivergingRunStopsWithWhereAndTheLoss() {
        RunConfig wild = new RunConfig("mlp", List.of(64), ActivationConfig.of("identity"), "sgd", 10, 10, 0.99, 0, 64, 1,
                1, 5000, Init.HE, "auto", 1);
        Trainer trainer = new Trainer(wild, mnist);
        DivergenceException e = assertThrows(DivergenceException.class, () -> trainer.trainSteps(500));
        assertTrue(e.epoch() == 1 && e.batch() >= 1 && e.batch() <= 79, e.epoch() + " " + e.batch());
        assertFalse(Double.isFinite(e.loss()));
    }

    @Test
    void invalidSettingsAreRejectedWithEveryProblemNamed() {
        RunConfig bad = new RunConfig("mlp", List.of(0), ActivationConfig.of("relu"), "adagrad", -1, 1e-3, 0.9, 0, 0,
                1, 1, 0, Init.HE, "auto", 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::validated);
        for (String word : List.of("hidden", "optimizer", "learning rate", "batch size")) {
            assertTrue(e.getMessage().contains(word), e.getMessage());
        }
    }
}
