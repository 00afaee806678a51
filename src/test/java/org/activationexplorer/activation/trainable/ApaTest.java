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

class ApaTest extends ActivationContract {
    @Override
    protected int channels() {
        return 3;
    }

    @Override
    protected double inputRange() {
        return 6;
    }

    /** Per-channel sets with perturbed parameters, so every parameter's gradient is exercised. */
    @Override
    protected Activation create(Random random) {
        Apa f = new Apa(new double[] {1, 1}, Sharing.CHANNEL, channels());
        for (int c = 0; c < channels(); c++) {
            f.parameters()[2 * c] = (float) (0.5 + random.nextDouble());
            f.parameters()[2 * c + 1] = (float) (0.8 + 0.4 * random.nextDouble());
        }
        return f;
    }

    @Override
    protected double[] kinks() {
        return new double[] {};
    }

    @Override
    protected Activation createForReference() {
        return Activations.create(ActivationConfig.of("apa"), 1);
    }

    /** At the default initialisation; Python's math module (src/test/resources/activation/reference_values.py). */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {{-20.0, -4.1223072363804067e-08}, {-5.0, -0.03346425462142428}, {-1.0, -0.2689414213699951}, {-1e-08, -4.9999999750000005e-09}, {0.0, 0.0}, {0.5, 0.3112296656009273}, {1.0, 0.7310585786300049}, {2.0, 1.7615941559557646}, {20.0, 19.999999958776925}};
    }

    @Test
    void gateIsSigmoidAtLambdaOneAndGumbelAsLambdaVanishes() {
        Apa f = new Apa(new double[] {1, 1.702}, Sharing.LAYER, 1);
        assertEquals(2 / (1 + Math.exp(-1.702 * 2)), f.value(2, 0), 1e-7); // κ is stored as a float
        Apa g = new Apa(new double[] {1e-4, 1}, Sharing.LAYER, 1);
        assertEquals(0.5 * Math.exp(-Math.exp(-0.5)), g.value(0.5, 0), 1e-4);
    }
}
