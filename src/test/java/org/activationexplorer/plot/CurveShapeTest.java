package org.activationexplorer.plot;

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
        String s = CurveShape.describe(sampled(Math::tanh, x -> 1 / (Math.cosh(x) * Math.cosh(x))));
        assertTrue(s.contains("monotone (increasing)") && s.contains("largest slope 1.00 at x = -0.0157"), s); // the sample nearest 0
    }

    @Test
    void aDipIsReportedWhereTheCurveFalls() {
        // x·σ(x) (SiLU) falls from −4 down to its minimum near −1.28
        String s = CurveShape.describe(sampled(x -> x / (1 + Math.exp(-x)),
                x -> 1 / (1 + Math.exp(-x)) * (1 + x * (1 - 1 / (1 + Math.exp(-x))))));
        assertTrue(s.contains("not monotone") && s.contains("between x = -4.00 and -1.27"), s); // SiLU's minimum: −1.278
    }
}
