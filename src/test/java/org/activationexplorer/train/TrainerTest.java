package org.activationexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        List<EpochResult> results = new ArrayList<>();
        Trainer trainer = new Trainer(config("mlp", "relu", 5000, 32, 1), mnist);
        trainer.run(new TrainingListener() {
            @Override
            public void onEpoch(EpochResult r) {
                results.add(r);
            }
        });
        assertEquals(1, results.size());
        EpochResult r = results.get(0);
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
                long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
                trainer.trainSteps(20);
                long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
                assertTrue(allocated < 4096, arch + " allocated " + allocated + " bytes in 20 steps");
            }
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
    void stopEndsTheRunBetweenBatches() {
        Trainer trainer = new Trainer(config("mlp", "relu", 5000, 50, 5), mnist);
        List<Integer> batches = new ArrayList<>();
        trainer.run(new TrainingListener() {
            @Override
            public void onBatch(int epoch, int batch, double loss) {
                batches.add(batch);
                if (batches.size() == 3) {
                    trainer.stop();
                }
            }
        });
        assertEquals(3, batches.size());
        assertEquals(0, trainer.epochsDone());
    }

    @Test
    void aDivergingRunStopsWithAMessage() {
        RunConfig wild = new RunConfig("mlp", List.of(64), ActivationConfig.of("identity"), "sgd", 10, 10, 0.99, 0, 64, 1,
                1, 5000, Init.HE, "auto", 1);
        Trainer trainer = new Trainer(wild, mnist);
        DivergenceException e = assertThrows(DivergenceException.class, () -> trainer.trainSteps(500));
        assertTrue(e.getMessage().contains("lower the learning rate"), e.getMessage());
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
