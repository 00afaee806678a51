package org.activationexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.activationexplorer.optim.Parameter;
import org.junit.jupiter.api.Test;

class DivergenceGuardTest {

    @Test
    void aNaNOrInfiniteLossIsDivergenceAtOnce() {
        DivergenceGuard guard = new DivergenceGuard();
        Divergence d = guard.checkLoss(Double.NaN, 2, 7);
        assertEquals(Divergence.Reason.LOSS_NOT_FINITE, d.reason());
        assertEquals(2, d.epoch());
        assertEquals(7, d.batch());
        assertEquals(Divergence.Reason.LOSS_NOT_FINITE, new DivergenceGuard().checkLoss(Double.POSITIVE_INFINITY, 1, 1)
                .reason());
    }

    @Test
    void aFiniteLossAboveTheCeilingIsDivergence() {
        Divergence d = new DivergenceGuard().checkLoss(2.1e30, 1, 3);
        assertEquals(Divergence.Reason.LOSS_TOO_LARGE, d.reason());
        assertEquals(2.1e30, d.value());
        assertEquals(DivergenceGuard.LOSS_CEILING, d.limit());
    }

    @Test
    void aLossRisingAHundredfoldAboveItsLowestAverageIsDivergence() {
        DivergenceGuard guard = new DivergenceGuard();
        for (int i = 0; i < 50; i++) {
            assertNull(guard.checkLoss(0.1, 1, i + 1));
        }
        Divergence d = null;
        for (int i = 0; i < 100 && d == null; i++) {
            d = guard.checkLoss(1000, 1, 51 + i);
        }
        assertNotNull(d);
        assertEquals(Divergence.Reason.LOSS_EXPLODED, d.reason());
        assertEquals(10, d.limit(), 1e-9, "100 × the lowest average 0.1");
    }

    @Test
    void aNoisyButLearningRunIsNotStopped() {
        DivergenceGuard guard = new DivergenceGuard();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 5000; i++) {
            double loss = 2.3 * Math.exp(-i / 300.0) + 0.01 + 0.5 * random.nextDouble() * random.nextDouble();
            assertNull(guard.checkLoss(i % 97 == 0 ? 4.0 : loss, 1, i + 1), "batch " + i); // with rare spikes
        }
    }

    @Test
    void aLowLossThatRisesToAFewNatsIsStillLearningNotDivergence() {
        DivergenceGuard guard = new DivergenceGuard();
        for (int i = 0; i < 100; i++) {
            guard.checkLoss(0.01, 1, i + 1);
        }
        for (int i = 0; i < 100; i++) {
            assertNull(guard.checkLoss(3, 1, 101 + i), "below the floor of " + DivergenceGuard.RISE_FLOOR);
        }
    }

    @Test
    void anExplosionInTheFirstBatchesIsMeasuredAgainstTheFirstLoss() {
        // PAU at Adam lr 1 on 5,000 images: 3.18, 1.1e5, 46, 9.5e5, then 1e4-1e5, and it used to "finish" at 19.9 %
        DivergenceGuard guard = new DivergenceGuard();
        assertNull(guard.checkLoss(3.18, 1, 1));
        Divergence d = guard.checkLoss(1.1e5, 1, 2);
        assertNotNull(d);
        assertEquals(Divergence.Reason.LOSS_EXPLODED, d.reason());
        assertEquals(2, d.batch());
        assertEquals(318, d.limit(), 1e-9, "100 × the first loss");
    }

    @Test
    void anUntrainedNetworksSpikesAreNotDivergence() {
        DivergenceGuard guard = new DivergenceGuard();
        double[] losses = {2.3, 2.2, 30, 2.1, 2000, 1.9, 1.8}; // a spike 870 times the first loss is still allowed
        for (int i = 0; i < losses.length; i++) {
            assertNull(guard.checkLoss(losses[i], 1, i + 1), "batch " + (i + 1));
        }
    }

    @Test
    void parametersThatAreNotFiniteOrExplodeAreNamed() {
        Parameter ok = new Parameter("0.weight", new float[] {1, -2}, new float[2], Parameter.Kind.WEIGHT);
        Parameter huge = new Parameter("1.taylor", new float[] {0, -3e6f}, new float[2], Parameter.Kind.ACTIVATION);
        Parameter nan = new Parameter("2.bias", new float[] {Float.NaN}, new float[1], Parameter.Kind.BIAS);
        assertNull(DivergenceGuard.checkParameters(List.of(ok), 1, 1));
        Divergence d = DivergenceGuard.checkParameters(List.of(ok, huge), 1, 20);
        assertEquals(Divergence.Reason.PARAMETER_EXPLODED, d.reason());
        assertEquals("1.taylor", d.parameter());
        assertEquals(3e6, d.value(), 1);
        assertEquals(Divergence.Reason.PARAMETER_NOT_FINITE, DivergenceGuard.checkParameters(List.of(nan), 1, 1).reason());
    }
}
