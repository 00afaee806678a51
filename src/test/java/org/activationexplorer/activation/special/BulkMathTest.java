package org.activationexplorer.activation.special;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BulkMathTest {
    @Test
    void erfAgreesWithTheScalarErfAcrossItsSwitchAndAtInfinity() {
        Random random = new Random(5);
        int n = 200;
        float[] u = new float[n], w = new float[2 * n], y = new float[3 * n];
        for (int e = 0; e < n; e++) {
            u[e] = switch (e % 5) {
                case 0 -> (float) Math.scalb(random.nextFloat(), -random.nextInt(24)); // around the series' 1e-3
                case 1 -> Math.nextDown(1e-3f) + e * 1e-9f;
                case 2 -> 8 * random.nextFloat();
                case 3 -> e == 3 ? Float.POSITIVE_INFINITY : 1e-3f;
                default -> 0.5f * random.nextFloat();
            };
            w[n + e] = (float) Math.exp(-(double) u[e] * u[e]);
        }
        BulkMath.erf(u, w, n, y, 2 * n, 0, n);
        for (int e = 0; e < n; e++) {
            float expected = Erf.erf(u[e], w[n + e]);
            // the series below 1e-3 to float rounding; above, 1 − erfc cancels, and the lanes' fused multiply-adds round
            // differently from the scalar loop's: within A&S's own error
            double tolerance = u[e] < 1e-3f ? 1e-6 * Math.abs(expected) : 3e-7;
            assertEquals(expected, y[2 * n + e], tolerance, "erf(" + u[e] + ")");
            double exact = u[e] == Float.POSITIVE_INFINITY ? 1 : Erf.erf(u[e]);
            assertEquals(exact, y[2 * n + e], u[e] < 1e-3f ? 1e-6 * exact : 5e-7, "near erf at " + u[e]);
        }
    }

    @Test
    void gaussianIsExpOfMinusScaledSquareFlushedToZeroPastFifty() {
        float[] x = new float[100], y = new float[100];
        for (int e = 0; e < x.length; e++) {
            x[e] = (e - 50) * 0.25f; // −12.5 … 12.25: past |x| = 10, scale·x² > 50 at scale ½
        }
        BulkMath.gaussian(x, 0.5f, y, 0, x.length);
        for (int e = 0; e < x.length; e++) {
            double z = 0.5 * x[e] * x[e];
            if (z > 50) {
                assertEquals(0f, y[e], "flushed at " + x[e]);
            } else {
                assertEquals(Math.exp(-z), y[e], 3e-7 * Math.exp(-z), "at " + x[e]);
            }
            assertEquals(true, y[e] == 0 || y[e] >= Float.MIN_NORMAL, "no denormal at " + x[e]);
        }
    }
}
