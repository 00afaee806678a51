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

class PreluTest extends ActivationContract {
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
        Prelu f = new Prelu(0.25, Sharing.CHANNEL, channels());
        for (int c = 0; c < channels(); c++) {
            f.parameters()[c] = (float) (0.5 * random.nextDouble());
        }
        return f;
    }

    @Override
    protected double[] kinks() {
        return new double[] {0};
    }

    @Override
    protected Activation createForReference() {
        return Activations.create(ActivationConfig.of("prelu"), 1);
    }

    /** At the default initialisation; Python's math module (src/test/resources/activation/reference_values.py). */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {{-2, -0.5}, {-1e-8, -2.5e-9}, {0, 0}, {3, 3}};
    }

    @Test
    void slopeOutsideItsRangeIsRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Activations.create(new ActivationConfig("prelu", Map.of("a0", 3.0), null, null), 1));
        assertTrue(e.getMessage().contains("a0") && e.getMessage().contains("[-1, 1]"), e.getMessage());
    }
}
