package org.activationexplorer.activation.trainable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Sharing;
import org.junit.jupiter.api.Test;

class MittagLefflerGatedTest extends ActivationContract {
    @Override
    protected int channels() {
        return 2;
    }

    @Override
    protected double inputRange() {
        return 5;
    }

    /** Per-channel sets, α and β moved off their tanh values (0.2 relative), so every partial derivative matters. */
    @Override
    protected Activation create(Random random) {
        MittagLefflerGated f = new MittagLefflerGated("silu", Sharing.CHANNEL, channels());
        for (int i = 0; i < f.parameters().length; i++) {
            f.parameters()[i] *= (float) (1 + 0.2 * (random.nextDouble() - 0.5));
        }
        return f;
    }

    @Override
    protected Activation createForReference() {
        return Activations.create(ActivationConfig.of("mittag_leffler"), 1);
    }

    /** The default (SiLU) shape: x·σ(x) by Python's math module. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {{-8.0, -0.0026828010437318253}, {-1.0, -0.2689414213699951}, {0.0, 0.0},
            {0.5, 0.3112296656009273}, {1.0, 0.7310585786300049}, {3.0, 2.8577223804673}, {10.0, 9.999546021312977}};
    }

    private static Activation form(String init) {
        return Activations.create(new ActivationConfig("mittag_leffler", Map.of(), init, Sharing.LAYER), 1);
    }

    @Test
    void everyInitialShapeIsTheFunctionItNames() {
        Activation tanh = form("tanh"), sigmoid = form("sigmoid"), gelu = form("gelu"), identity = form("identity");
        for (double x = -6; x <= 6; x += 0.25) {
            assertEquals(Math.tanh(x), tanh.value(x, 0), 1e-12, "tanh at " + x);
            assertEquals(1 / (1 + Math.exp(-x)), sigmoid.value(x, 0), 1e-12, "sigmoid at " + x);
            assertEquals(x * 0.5 * org.apache.commons.math3.special.Erf.erfc(-x / Math.sqrt(2)), gelu.value(x, 0), 1e-12,
                    "gelu at " + x);
            assertEquals(x, identity.value(x, 0), 1e-12, "identity at " + x);
        }
    }

    @Test
    void largeInputsUseTheAsymptoticFormWithoutOverflow() {
        Activation tanh = form("tanh");
        assertEquals(1, tanh.value(1e4, 0), 1e-12);
        assertEquals(-1, tanh.value(-1e4, 0), 1e-12);
        assertEquals(0, tanh.derivative(1e4, 0), 1e-12);
    }

    /** Training-sized passes use the tabulated gate; it must agree with the exact kernel to float precision. */
    @Test
    void tabulatedGateMatchesTheExactKernel() {
        for (String init : new String[] {"silu", "tanh", "gelu"}) {
            Activation f = form(init);
            float[] theta = f.parameters();
            float[] moved = {2.3f, 1.7f, 1.8f, 1.2f};
            if (init.equals("gelu")) {
                moved = new float[] {1.2f, 1.4f, 0.9f, 1.1f};
            }
            System.arraycopy(moved, 0, theta, 0, 4);
            Random random = new Random(3);
            int n = 100 * (MittagLefflerGated.TABLE_THRESHOLD / 100 + 10); // whole chunks of 100 below
            float[] x = new float[n], dy = new float[n], y = new float[n], dx = new float[n];
            for (int i = 0; i < n; i++) {
                x[i] = (float) (random.nextGaussian() * (i % 50 == 0 ? 20 : 3)); // a few past the table
                dy[i] = (float) random.nextGaussian();
            }
            org.activationexplorer.activation.Shape big = new org.activationexplorer.activation.Shape(n, 1, 1);
            java.util.Arrays.fill(f.parameterGradients(), 0);
            f.forward(x, y, big);
            f.backward(x, y, dy, dx, big);
            float[] tabulated = f.parameterGradients().clone();
            double[] exact = new double[4];
            for (int i = 0; i < n; i++) {
                double fx = f.value(x[i], 0), dfx = f.derivative(x[i], 0);
                assertEquals(fx, y[i], 1e-5 * (Math.abs(fx) + 1), init + " f(" + x[i] + ")");
                assertEquals(dy[i] * dfx, dx[i], 1e-5 * (Math.abs(dy[i] * dfx) + 1), init + " dx at " + x[i]);
            }
            // the exact kernel's parameter gradient: the same elements in passes too small to tabulate
            java.util.Arrays.fill(f.parameterGradients(), 0);
            int chunk = 100;
            float[] cx = new float[chunk], cdy = new float[chunk], cy = new float[chunk], cdx = new float[chunk];
            for (int s = 0; s + chunk <= n; s += chunk) {
                System.arraycopy(x, s, cx, 0, chunk);
                System.arraycopy(dy, s, cdy, 0, chunk);
                org.activationexplorer.activation.Shape small = new org.activationexplorer.activation.Shape(chunk, 1, 1);
                f.forward(cx, cy, small);
                f.backward(cx, cy, cdy, cdx, small);
            }
            for (int j = 0; j < 4; j++) {
                exact[j] = f.parameterGradients()[j];
                assertEquals(exact[j], tabulated[j], 1e-4 * Math.abs(exact[j]) + 1e-3, init + " dθ[" + j + "]");
            }
        }
    }
}
