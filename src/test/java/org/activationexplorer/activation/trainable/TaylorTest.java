package org.activationexplorer.activation.trainable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.Activations;
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
        assertEquals(-1.0 / 3, Taylor.coefficients("tanh", 3)[3], 1e-15);
        assertEquals(0.5, Taylor.coefficients("sigmoid", 1)[0], 1e-15);
        assertEquals(0.273433, Taylor.coefficients("relu", 4)[2], 1e-15);
        assertEquals(0.99 * 0.5 + 0.01, Taylor.coefficients("leaky_relu", 2)[1], 1e-15);
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
