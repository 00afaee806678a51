package org.activationexplorer.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptimizerTest {

    private static Parameter parameter(float[] value, float[] gradient) {
        return new Parameter("p", value, gradient, Parameter.Kind.WEIGHT);
    }

    @Test
    void adamFirstStepMovesEachWeightByTheLearningRateAgainstItsGradientSign() {
        float[] w = {1, 1, 1}, g = {0.5f, -2f, 1e-3f};
        new Adam(List.of(new ParameterGroup(List.of(parameter(w, g)), 0.01, 0))).step();
        assertArrayEquals(new float[] {0.99f, 1.01f, 0.99f}, w, 1e-5f);
    }

    @Test
    void optimizersZeroTheGradientsAfterAStep() {
        float[] g = {1, 2};
        new Sgd(List.of(new ParameterGroup(List.of(parameter(new float[2], g)), 0.1, 0)), 0.9).step();
        assertArrayEquals(new float[2], g);
    }

    @Test
    void sgdWithMomentumFollowsThePyTorchRecurrence() {
        float[] w = {0}, g = {1};
        Sgd sgd = new Sgd(List.of(new ParameterGroup(List.of(parameter(w, g)), 0.1, 0)), 0.5);
        sgd.step();            // u = 1, w = -0.1
        g[0] = 1;
        sgd.step();            // u = 0.5 + 1 = 1.5, w = -0.25
        assertEquals(-0.25f, w[0], 1e-6f);
        assertEquals(2, sgd.steps());
    }

    @Test
    void groupsKeepTheirOwnLearningRates() {
        float[] w1 = {0}, w2 = {0};
        new Sgd(List.of(new ParameterGroup(List.of(parameter(w1, new float[] {1})), 0.1, 0),
                new ParameterGroup(List.of(parameter(w2, new float[] {1})), 0.01, 0)), 0).step();
        assertEquals(-0.1f, w1[0], 1e-7f);
        assertEquals(-0.01f, w2[0], 1e-7f);
    }

    @Test
    void adamWeightDecayShrinksWeightsWithoutGradient() {
        float[] w = {2};
        new Adam(List.of(new ParameterGroup(List.of(parameter(w, new float[] {0})), 0.1, 0.5))).step();
        assertEquals(2 * (1 - 0.1 * 0.5), w[0], 1e-6);
    }

    @Test
    void adamMinimisesAQuadratic() {
        float[] w = {5, -3}, g = new float[2];
        Adam adam = new Adam(List.of(new ParameterGroup(List.of(parameter(w, g)), 0.1, 0)));
        for (int i = 0; i < 500; i++) {
            g[0] = 2 * (w[0] - 1);
            g[1] = 2 * (w[1] + 2);
            adam.step();
        }
        assertArrayEquals(new float[] {1, -2}, w, 1e-2f);
    }

    @Test
    void negativeLearningRateIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ParameterGroup(List.of(), -1, 0));
    }
}
