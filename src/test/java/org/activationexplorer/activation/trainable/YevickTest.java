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

class YevickTest extends ActivationContract {
    @Override
    protected int channels() {
        return 3;
    }

    @Override
    protected double inputRange() {
        return 3;
    }

    /** Per-channel sets with perturbed parameters, so every parameter's gradient is exercised. */
    @Override
    protected Activation create(Random random) {
        Yevick f = new Yevick(0.1, 0, Sharing.CHANNEL, channels());
        for (int c = 0; c < channels(); c++) {
            f.parameters()[2 * c] = (float) (0.8 + 0.4 * random.nextDouble());
            f.parameters()[2 * c + 1] = (float) (random.nextDouble() - 0.5);
        }
        return f;
    }

    @Override
    protected double[] kinks() {
        return new double[] {0};
    }

    @Override
    protected Activation createForReference() {
        return Activations.create(ActivationConfig.of("yevick"), 1);
    }

    /** At the default initialisation; Python's math module (src/test/resources/activation/reference_values.py). */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {{-2, 0}, {0, 0}, {0.5, 0.5}, {3, 3}};
    }

    @Test
    void describesItselfAsReconstructed() {
        assertTrue(Yevick.FAMILY.citation().contains("reconstructed") && Yevick.FAMILY.formula().contains("reconstructed"));
    }
}
