package org.activationexplorer.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void constantIsOneThroughoutAndPastTheEnd() {
        for (long t : new long[] {0, 1, 500, 999, 1000, 5000}) {
            assertEquals(1, Schedule.CONSTANT.factor(t, 1000));
        }
    }

    @Test
    void cosineFallsFromOneThroughAHalfAtMidRunToZeroAtTheEnd() {
        assertEquals(1, Schedule.COSINE.factor(0, 1000), 1e-15);
        assertEquals(0.5 * (1 + Math.cos(Math.PI / 4)), Schedule.COSINE.factor(250, 1000), 1e-15); // 0.8536
        assertEquals(0.5, Schedule.COSINE.factor(500, 1000), 1e-15);
        assertEquals(0.5 * (1 - Math.cos(Math.PI / 4)), Schedule.COSINE.factor(750, 1000), 1e-15); // 0.1464
        assertEquals(0.5 * (1 + Math.cos(Math.PI * 999 / 1000)), Schedule.COSINE.factor(999, 1000), 1e-15);
        assertTrue(Schedule.COSINE.factor(999, 1000) < 3e-6, "the last update is almost at 0");
        assertEquals(0, Schedule.COSINE.factor(1000, 1000), 1e-15);
        assertEquals(0, Schedule.COSINE.factor(1500, 1000), 1e-15, "past the run: stays at its end");
    }

    @Test
    void stepDropsTenfoldAtHalfAndAgainAtThreeQuartersOfTheRun() {
        assertEquals(1, Schedule.STEP.factor(0, 1000));
        assertEquals(1, Schedule.STEP.factor(499, 1000));
        assertEquals(0.1, Schedule.STEP.factor(500, 1000));
        assertEquals(0.1, Schedule.STEP.factor(749, 1000));
        assertEquals(0.01, Schedule.STEP.factor(750, 1000));
        assertEquals(0.01, Schedule.STEP.factor(999, 1000));
        assertEquals(0.1, Schedule.STEP.factor(2, 3), "an odd total: 2·t ≥ T from t = 2 of 3");
    }

    @Test
    void namesAreLowerCaseAndAnUnknownOneIsNamed() {
        assertEquals(List.of("constant", "cosine", "step"), Schedule.NAMES);
        assertEquals(Schedule.COSINE, Schedule.named("cosine"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedule.named("linear"));
        assertEquals("schedule must be one of [constant, cosine, step], got 'linear'", e.getMessage());
    }

    @Test
    void aScaledLearningRateMovesSgdAndAdamByThatFactor() {
        float[] w = {0}, g = {1};
        Sgd sgd = new Sgd(List.of(new ParameterGroup(List.of(new Parameter("w", w, g, Parameter.Kind.WEIGHT)), 0.1,
                0)), 0);
        sgd.scaleLearningRates(0.25);
        sgd.step();
        assertEquals(-0.025f, w[0], 1e-8f);
        float[] a = {1}, ga = {3};
        Adam adam = new Adam(List.of(new ParameterGroup(List.of(new Parameter("a", a, ga, Parameter.Kind.ACTIVATION)),
                0.01, 0)));
        adam.scaleLearningRates(0.5);
        adam.step(); // Adam's first step is lr against the gradient's sign
        assertEquals(1 - 0.005f, a[0], 1e-6f);
    }

    @Test
    void adamsDecoupledDecayFollowsTheScheduledRate() {
        float[] w = {2};
        Adam adam = new Adam(List.of(new ParameterGroup(List.of(new Parameter("w", w, new float[1],
                Parameter.Kind.WEIGHT)), 0.1, 0.5)));
        adam.scaleLearningRates(0.1);
        adam.step();
        assertEquals(2 * (1 - 0.01 * 0.5), w[0], 1e-6);
    }
}
