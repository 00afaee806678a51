package org.activationexplorer.activation.trainable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Shape;
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
        MittagLefflerGated f = new MittagLefflerGated(MittagLefflerForms.form("silu", 10), false, Sharing.CHANNEL,
                channels());
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
        return form(init, Map.of());
    }

    private static Activation form(String init, Map<String, Double> params) {
        return Activations.create(new ActivationConfig("mittag_leffler", params, init, Sharing.LAYER), 1);
    }

    /** max |f − target| on [lo, hi] at 120001 points. */
    private static double maxError(Activation f, DoubleUnaryOperator target, double lo, double hi) {
        double max = 0;
        for (int i = 0; i <= 120000; i++) {
            double x = lo + (hi - lo) * i / 120000;
            max = Math.max(max, Math.abs(f.value(x, 0) - target.applyAsDouble(x)));
        }
        return max;
    }

    /** Mish and softsign are exact identities; ReLU is x·σ(cx), within 0.2785/c; ELU is a fit on [−3, 3] (its card's note). */
    @Test
    void mishSoftsignEluAndReluStartWithinTheirStatedErrors() {
        assertEquals(0, maxError(form("mish"), x -> x * Math.tanh(Math.log1p(Math.exp(x))), -6, 6), 1e-13);
        assertEquals(0, maxError(form("softsign"), x -> x / (1 + Math.abs(x)), -6, 6), 1e-13);
        DoubleUnaryOperator elu = x -> x > 0 ? x : Math.expm1(x), relu = x -> Math.max(x, 0);
        assertEquals(0.01816, maxError(form("elu"), elu, -3, 3), 1e-4, "measured 0.018157 at x = −2.375");
        assertEquals(0.2785 / 10, maxError(form("relu"), relu, -6, 6), 1e-4, "measured 0.027846 at x = −0.128");
        assertEquals(0.2785 / 16, maxError(form("relu", Map.of("steepness", 16.0)), relu, -6, 6), 1e-4, "steeper");
        assertEquals(1, form("relu").derivative(6, 0), 1e-12);
        assertEquals(0, form("relu").derivative(-6, 0), 1e-12);
    }

    /** frozen = 1: the same four parameters, but backward leaves their gradient at zero, exact and tabulated alike. */
    @Test
    void frozenGateGetsNoParameterGradientAndTheSameCurve() {
        Activation frozen = form("tanh", Map.of("frozen", 1.0)), free = form("tanh");
        assertEquals(4, frozen.parameters().length);
        for (int n : new int[] {50, 2 * MittagLefflerGated.TABLE_THRESHOLD}) {
            Random random = new Random(n);
            float[] x = new float[n], dy = new float[n], y = new float[n], dx = new float[n], y2 = new float[n];
            float[] dx2 = new float[n];
            for (int i = 0; i < n; i++) {
                x[i] = (float) (4 * random.nextGaussian());
                dy[i] = (float) random.nextGaussian();
            }
            Shape shape = new Shape(n, 1, 1);
            frozen.forward(x, y, shape);
            frozen.backward(x, y, dy, dx, shape);
            free.forward(x, y2, shape);
            free.backward(x, y2, dy, dx2, shape);
            assertArrayEquals(y2, y, n + " elements: y");
            assertArrayEquals(dx2, dx, n + " elements: dx");
            assertArrayEquals(new float[4], frozen.parameterGradients(), n + " elements");
            assertNotEquals(0f, free.parameterGradients()[1], "the free gate learns");
        }
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
        for (String init : new String[] {"silu", "tanh", "gelu", "mish", "softsign", "elu", "relu"}) {
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
            Shape big = new Shape(n, 1, 1);
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
                Shape small = new Shape(chunk, 1, 1);
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
