package org.activationexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.linalg.Compute;
import org.activationexplorer.nn.ActivationLayer;
import org.activationexplorer.nn.Dense;
import org.activationexplorer.nn.Init;
import org.activationexplorer.nn.Layer;
import org.activationexplorer.nn.Network;
import org.activationexplorer.optim.Parameter;
import org.activationexplorer.optim.ParameterGroup;
import org.activationexplorer.optim.Sgd;
import org.junit.jupiter.api.Test;

/** Health figures on cases whose answers are known. */
class HealthMeterTest {
    private static final int BATCH = 16;

    /** dense 6→5, the activation, dense 5→3; biases of the first layer set to `bias`. */
    private static Network network(String family, float bias, Compute compute) {
        Random random = new Random(1);
        Dense first = new Dense(6, 5, BATCH, compute.gemm(), Init.HE, random);
        for (Parameter p : first.parameters()) {
            if (p.kind() == Parameter.Kind.BIAS) {
                java.util.Arrays.fill(p.value(), bias);
            }
        }
        List<Layer> layers = List.of(first,
                new ActivationLayer(Activations.create(ActivationConfig.of(family), 5), 5, 1, BATCH, false),
                new Dense(5, 3, BATCH, compute.gemm(), Init.HE, random));
        return new Network(layers, 3, BATCH);
    }

    /** One SGD step on random inputs in [−1, 1], health measured around it. */
    private static LayerHealth measure(String family, float bias) {
        try (Compute compute = Compute.create("java", 1, false)) {
            Network network = network(family, bias, compute);
            Random random = new Random(2);
            float[] x = new float[BATCH * 6];
            int[] labels = new int[BATCH];
            for (int i = 0; i < x.length; i++) {
                x[i] = 2 * random.nextFloat() - 1;
            }
            for (int i = 0; i < BATCH; i++) {
                labels[i] = i % 3;
            }
            network.trainStep(x, labels, BATCH);
            HealthMeter.Before before = HealthMeter.before(network);
            new Sgd(List.of(new ParameterGroup(network.parameters(), 0.1, 0)), 0).step();
            return HealthMeter.after(before).get(0);
        }
    }

    @Test
    void reluWithALargeNegativeBiasIsDeadAndItsWeightsGetNoGradient() {
        LayerHealth h = measure("relu", -100);
        assertEquals(1, h.deadFraction());
        assertEquals(1, h.saturatedFraction());
        assertEquals(0, h.meanAbsSlope());
        assertEquals(0, h.gradNorm(), "no gradient reaches the weights before a dead layer");
        assertEquals(Double.NEGATIVE_INFINITY, h.updateRatio(), "and they do not move");
    }

    @Test
    void aSigmoidFedPlusOrMinusTenIsSaturatedButNotDead() {
        LayerHealth high = measure("sigmoid", 10), low = measure("sigmoid", -10);
        for (LayerHealth h : List.of(high, low)) {
            assertEquals(0, h.deadFraction(), "σ′ is small but never 0");
            assertEquals(1, h.saturatedFraction());
            assertTrue(h.meanAbsSlope() < 2e-4, "σ′(±10) ≈ 4.5e-5, inputs within ±(10 + a few): " + h.meanAbsSlope());
        }
    }

    @Test
    void identityHasSlopeOneEverywhereAndItsWeightsMove() {
        LayerHealth h = measure("identity", 0);
        assertEquals(0, h.deadFraction());
        assertEquals(0, h.saturatedFraction());
        assertEquals(1, h.meanAbsSlope(), 1e-12);
        assertTrue(h.gradNorm() > 0);
        assertTrue(h.updateRatio() < 0 && h.updateRatio() > -6, "a small step: log10 ratio " + h.updateRatio());
    }

    @Test
    void everyEpochResultCarriesEachLayersHealthAndBenchmarksMeasureNothing() {
        var data = TrainerTestData.mnist();
        RunConfig c = new RunConfig("mlp", List.of(32, 16), ActivationConfig.of("relu"), "adam", 1e-3, 1e-3, 0.9, 0, 100,
                1, 1, 500, Init.HE, "java", 1);
        try (Trainer trainer = new Trainer(c, data)) {
            while (!trainer.epochComplete()) {
                trainer.trainBatch();
            }
            EpochResult r = trainer.finishEpoch();
            assertEquals(2, r.layers().size(), "one per activation layer");
            assertTrue(r.layers().get(0).meanAbsSlope() > 0 && r.layers().get(0).meanAbsSlope() <= 1);
        }
        try (Trainer bench = new Trainer(c, data)) {
            bench.trainSteps(12);
            assertTrue(bench.health().isEmpty(), "trainSteps times steps alone");
        }
    }
}
