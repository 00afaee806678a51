package org.activationexplorer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * Central-difference checks of float layers. Layers are float, so the step is large (1e-2): for layers that
 * are linear in the checked values (Dense, Conv2d, pooling under a linear loss) the difference is exact up to
 * rounding, and for smooth nonlinear ones the O(h²) error stays well under the tolerance.
 */
final class GradientCheck {
    private GradientCheck() {}

    /** For `samples` random indices i: analytic[i] ≈ (loss(v+h) − loss(v−h)) / 2h, with values[i] perturbed in place. */
    static void check(String what, float[] values, float[] analytic, DoubleSupplier loss, double h, double rtol,
                      int samples, Random random) {
        double rms = 0;
        for (float a : analytic) {
            rms += (double) a * a;
        }
        rms = Math.sqrt(rms / analytic.length);
        for (int s = 0; s < Math.min(samples, values.length); s++) {
            int i = samples >= values.length ? s : random.nextInt(values.length);
            float saved = values[i];
            values[i] = (float) (saved + h);
            double plus = loss.getAsDouble();
            values[i] = (float) (saved - h);
            double minus = loss.getAsDouble();
            values[i] = saved;
            double numeric = (plus - minus) / (2 * h);
            double scale = Math.max(Math.max(Math.abs(numeric), Math.abs(analytic[i])), 0.05 * rms + 1e-6);
            assertEquals(numeric, analytic[i], rtol * scale, what + "[" + i + "]");
        }
    }

    static float[] random(int n, Random random) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) random.nextGaussian();
        }
        return a;
    }

    /** Σ r·y over the first n elements, in double. */
    static double dot(float[] r, float[] y, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (double) r[i] * y[i];
        }
        return sum;
    }
}
