package org.activationexplorer.activation.trainable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.activationexplorer.activation.special.VectorApi;
import org.junit.jupiter.api.Test;

/**
 * The DiTAC kernels' lanes against their formulas element by element; the family tests check the kernels only
 * through the parameter gradients, whose tolerance lets an element's grid weight land half a grid interval off.
 */
class DitacVectorKernelTest {
    private static final int N = 64, INTERVALS = 40, SPARE = 21; // a grid of 20 intervals (21 points), then spares
    private final Random random = new Random(12);

    @Test
    void gridWeightsSplitEachInsideElementOntoTheTwoGridPointsAroundItAndSendOutsideOnesToSpareSlots() {
        assumeTrue(VectorApi.PRESENT);
        int[] index = new int[N], slot = new int[N];
        float[] fraction = new float[N], inside = new float[N], gradient = new float[N];
        float[] low = new float[N], high = new float[N];
        for (int e = 0; e < N; e++) {
            index[e] = 4 * random.nextInt(INTERVALS);
            fraction[e] = random.nextFloat();
            inside[e] = e % 5 == 0 ? 0 : 1;
            gradient[e] = (float) random.nextGaussian();
        }
        float width = 2.5f;
        int from = 3, end = TablePositions.end(from, N);
        DitacVectorKernel.gridWeights(index, fraction, inside, gradient, width, SPARE, slot, low, high, from, end);
        for (int e = from; e < end; e++) {
            int piece = index[e] / 4;
            double f = (piece % 2 + fraction[e]) / 2, w = inside[e] * width * gradient[e];
            assertEquals(inside[e] == 1 ? piece / 2 : SPARE + 2 * (e % 16), slot[e], "slot of " + e);
            assertEquals(w * (1 - f), low[e], 1e-6, "low of " + e);
            assertEquals(w * f, high[e], 1e-6, "high of " + e);
        }
    }

    @Test
    void warpGivesTheCubicInsideTheIntervalAndItsDerivativeAsTheSlope() {
        assumeTrue(VectorApi.PRESENT);
        float lo = -0.5f, width = 2.5f;
        float[] cubic = new float[4 * INTERVALS], x = new float[N], fraction = new float[N];
        float[] inside = new float[N], warped = new float[N], slope = new float[N];
        int[] index = new int[N];
        for (int i = 0; i < cubic.length; i++) {
            cubic[i] = (float) random.nextGaussian();
        }
        for (int e = 0; e < N; e++) {
            x[e] = lo - 1 + 4.5f * random.nextFloat();
        }
        float scale = INTERVALS / width;
        int end = TablePositions.positions(x, scale, -lo * scale, false, INTERVALS, 4, index, fraction, 0, N);
        DitacVectorKernel.warp(x, cubic, 0, INTERVALS, index, fraction, inside, warped, slope, 0, end, lo, width);
        for (int e = 0; e < end; e++) {
            boolean in = x[e] >= lo && x[e] <= lo + width;
            int c = index[e];
            double s = fraction[e];
            double t = cubic[c] + s * (cubic[c + 1] + s * (cubic[c + 2] + s * cubic[c + 3]));
            double tPrime = (cubic[c + 1] + s * (2 * cubic[c + 2] + s * 3 * cubic[c + 3])) * INTERVALS;
            assertEquals(in ? 1 : 0, inside[e], "inside at " + x[e]);
            assertEquals(in ? lo + width * t : x[e], warped[e], 1e-5 * (1 + Math.abs(warped[e])), "x̃ at " + x[e]);
            assertEquals(in ? tPrime : 1, slope[e], 1e-5 * (1 + Math.abs(tPrime)), "x̃′ at " + x[e]);
        }
    }
}
