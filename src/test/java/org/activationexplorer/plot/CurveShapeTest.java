package org.activationexplorer.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationexplorer.runs.LayerCurve;
import org.activationexplorer.session.LayerSnapshot;
import org.junit.jupiter.api.Test;

class CurveShapeTest {
    private static LayerSnapshot sampled(java.util.function.DoubleUnaryOperator f, java.util.function.DoubleUnaryOperator df) {
        int n = 256;
        float[] y = new float[n], dy = new float[n];
        for (int i = 0; i < n; i++) {
            double x = -4 + 8.0 * i / (n - 1);
            y[i] = (float) f.applyAsDouble(x);
            dy[i] = (float) df.applyAsDouble(x);
        }
        return new LayerSnapshot(0, "t", "t", new LayerCurve(-4, 4, y, dy, new int[8], new float[0]), y, dy,
                new float[0][], new int[0], Double.NaN);
    }

    @Test
    void aRisingCurveIsMonotoneAndItsSteepestPointIsFound() {
        CurveShape s = CurveShape.of(sampled(Math::tanh, x -> 1 / (Math.cosh(x) * Math.cosh(x))));
        assertTrue(s.monotone());
        assertEquals(1, s.steepestSlope(), 1e-3);
        assertEquals(0, s.steepestX(), 0.02, "the sample nearest 0");
        assertEquals(Math.tanh(-4), s.yMin(), 1e-6);
        assertEquals(Math.tanh(4), s.yMax(), 1e-6);
        assertEquals(0, s.valueAtZero(), 1e-3);
        assertEquals(1, s.slopeAtZero(), 1e-3);
    }

    @Test
    void aDipIsReportedWhereTheCurveFalls() {
        // x·σ(x) (SiLU) falls from −4 down to its minimum near −1.278
        CurveShape s = CurveShape.of(sampled(x -> x / (1 + Math.exp(-x)),
                x -> 1 / (1 + Math.exp(-x)) * (1 + x * (1 - 1 / (1 + Math.exp(-x))))));
        assertFalse(s.monotone());
        assertEquals(-4, s.fallFrom(), 1e-9);
        assertEquals(-1.278, s.fallTo(), 0.02);
        assertEquals(0.5, s.slopeAtZero(), 1e-3);
        assertEquals(-0.2785, s.yMin(), 1e-3, "SiLU's minimum");
    }
}
