package org.activationexplorer.activation.trainable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.BaseFit;
import org.activationexplorer.activation.Sharing;
import org.junit.jupiter.api.Test;

class TaylorTest extends ActivationContract {
    @Override
    protected int channels() {
        return 3;
    }

    @Override
    protected double inputRange() {
        return 4;
    }

    /** Per-channel sets with perturbed parameters, so every parameter's gradient is exercised. */
    @Override
    protected Activation create(Random random) {
        Taylor f = new Taylor(4, 3, "silu", Sharing.CHANNEL, channels());
        for (int i = 0; i < f.parameters().length; i++) {
            f.parameters()[i] += (float) (0.05 * random.nextGaussian());
        }
        return f;
    }

    @Override
    protected double[] kinks() {
        return new double[] {-3, 3};
    }

    @Override
    protected Activation createForReference() {
        return Activations.create(ActivationConfig.of("taylor"), 1);
    }

    /** At the default initialisation; Python's math module (src/test/resources/activation/reference_values.py). */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {{-2, -0.0}, {0, 0}, {1, 0.75}, {2, 2}, {10, 30}};
    }

    @Test
    void initialisationsFollowTheSeriesAndFits() {
        assertEquals(-1.0 / 3, TaylorInit.coefficients("tanh", 3)[3], 1e-15);
        assertEquals(0.5, TaylorInit.coefficients("sigmoid", 1)[0], 1e-15);
        assertEquals(0.273433, TaylorInit.coefficients("relu", 4)[2], 1e-15);
        assertEquals(0.99 * 0.5 + 0.01, TaylorInit.coefficients("leaky_relu", 2)[1], 1e-15);
        assertEquals(0, TaylorInit.coefficients("relu", 9)[6], "degrees above 4 keep the degree-4 fit");
    }

    /** The least-squares line of ReLU on [−3, 3], not the quadratic fit cut short (whose a₀ = 0.28 belongs to x²). */
    @Test
    void theDegreeOneReluStartIsTheLeastSquaresLine() {
        double[] a = TaylorInit.coefficients("relu", 1);
        double residualDotOne = 0, residualDotX = 0;
        for (int i = 0; i <= 60000; i++) { // normal equations: the residual is orthogonal to 1 and x (midpoint rule)
            double x = -3 + 6 * (i + 0.5) / 60001, r = a[0] + a[1] * x - Math.max(x, 0);
            residualDotOne += r;
            residualDotX += r * x;
        }
        assertEquals(0, residualDotOne / 60001, 1e-6);
        assertEquals(0, residualDotX / 60001, 1e-6);
    }

    @Test
    void theCubicSiluStartIsWithinATenthOfSiluOnlyNearZero() {
        BaseFit fit = BaseFit.of(Activations.create(ActivationConfig.of("taylor"), 1));
        assertEquals("SiLU (Swish)", fit.base());
        assertEquals(1, fit.intervals().size());
        // x/2 + x²/4 − x·σ(x) = ±0.1 at x = ±1.5625…: solved independently in Python (bisection in double)
        assertEquals(-SILU_EDGE, fit.aroundZero().from(), 1e-9);
        assertEquals(SILU_EDGE, fit.aroundZero().to(), 1e-9);
        assertEquals("the initial polynomial is within 0.1 of SiLU (Swish) on [-1.56, 1.56]", fit.sentence());
    }

    private static final double SILU_EDGE = 1.5630875870589223;

    @Test
    void aReluFitMissesZeroAndIsCloseOnEitherSide() {
        BaseFit fit = BaseFit.of(Activations.create(new ActivationConfig("taylor", Map.of("degree", 4.0), "relu", null), 1));
        assertNull(fit.aroundZero(), "0.1758 above ReLU at 0");
        assertEquals(2, fit.intervals().size());
        assertEquals(-fit.intervals().get(0).to(), fit.intervals().get(1).from(), 1e-9, "symmetric: |x| is even");
        assertTrue(fit.sentence().matches(".* on \\[-3.01, -0.167] and \\[0.167, 3.01] \\(not at 0\\)"), fit.sentence());
        BaseFit quadratic = BaseFit.of(Activations.create(new ActivationConfig("taylor", Map.of(), "relu", null), 1));
        assertEquals(4, quadratic.intervals().size(), "0.28 + x/2 + 0.156x² crosses ReLU ± 0.1 eight times");
        assertTrue(quadratic.sentence().endsWith("[0.417, 1.25] and [1.95, 2.78] (not at 0)"), quadratic.sentence());
    }

    @Test
    void aClampedStartIsMeasuredAsBuilt() {
        var clamped = new ActivationConfig("taylor", Map.of("clamp", 1.0), "tanh", null);
        BaseFit fit = BaseFit.of(Activations.create(clamped, 1));
        assertEquals("Tanh", fit.base());
        // x − x³/3 stays 2/3 past the clamp, so it leaves tanh where tanh x = 2/3 + 0.1 (a₃ is stored as a float)
        assertEquals(0.5 * Math.log((1 + 23 / 30.0) / (1 - 23 / 30.0)), fit.intervals().get(0).to(), 1e-7);
    }

    @Test
    void clampedInputsGiveFlatTailsWithZeroSlope() {
        Activation f = Activations.create(new ActivationConfig("taylor", Map.of("clamp", 2.0), null, null), 1);
        assertEquals(f.value(2, 0), f.value(50, 0), 1e-12);
        assertEquals(0, f.derivative(50, 0));
    }

    @Test
    void degreeMustBeAnIntegerFromOneToNine() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Activations.create(new ActivationConfig("taylor", Map.of("degree", 12.0), null, null), 1));
        assertTrue(e.getMessage().contains("degree") && e.getMessage().contains("[1, 9]"), e.getMessage());
    }
}
