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
}
