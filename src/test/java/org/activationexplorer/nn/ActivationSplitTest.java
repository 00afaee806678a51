package org.activationexplorer.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.linalg.Parallel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Costly families split large passes over the worker thread; the halves must add up to the whole pass. */
class ActivationSplitTest {
    @ParameterizedTest
    @ValueSource(strings = {"mittag_leffler", "ditac", "kan_spline", "erf_exp", "pau", "taylor"})
    void aPassSplitOverTwoThreadsEqualsTheSerialPass(String family) {
        Activation serial = Activations.create(ActivationConfig.of(family), 1);
        Activation split = Activations.create(ActivationConfig.of(family), 1);
        System.arraycopy(serial.parameters(), 0, split.parameters(), 0, serial.parameters().length);
        Random random = new Random(5);
        for (int i = 0; i < serial.parameters().length; i++) { // off the initialisation, so every θ matters
            serial.parameters()[i] *= (float) (1 + 0.1 * random.nextGaussian());
        }
        System.arraycopy(serial.parameters(), 0, split.parameters(), 0, serial.parameters().length);
        int n = 40_000;
        float[] x = new float[n], dy = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (random.nextGaussian() * 3);
            dy[i] = (float) random.nextGaussian();
        }
        try (Parallel parallel = new Parallel(2)) {
            split.setSplitter(new ParallelSplitter(parallel));
            Shape shape = new Shape(n / 100, 100, 1);
            float[] y1 = new float[n], y2 = new float[n], dx1 = new float[n], dx2 = new float[n];
            for (int step = 0; step < 2; step++) { // twice: the second pass reuses what the first prepared
                java.util.Arrays.fill(serial.parameterGradients(), 0);
                java.util.Arrays.fill(split.parameterGradients(), 0);
                serial.forward(x, y1, shape);
                serial.backward(x, y1, dy, dx1, shape);
                split.forward(x, y2, shape);
                split.backward(x, y2, dy, dx2, shape);
                assertArrayEquals(y1, y2, family + " y");
                assertArrayEquals(dx1, dx2, family + " dx");
                for (int p = 0; p < serial.parameterGradients().length; p++) {
                    float a = serial.parameterGradients()[p], b = split.parameterGradients()[p];
                    assertEquals(a, b, 1e-5 * Math.abs(a) + 1e-4, family + " dθ[" + p + "]"); // summation order differs
                }
            }
        }
    }
}
