package org.activationexplorer.activation.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Map;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;
import org.junit.jupiter.api.Test;

class LeakyReluTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new LeakyRelu(0.2);
    }

    @Override
    protected double[] kinks() {
        return new double[] {0};
    }

    /** Python's math module: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, -4.0},
            {-5.0, -1.0},
            {-1.0, -0.2},
            {-1e-08, -2e-09},
            {0.0, 0.0},
            {0.5, 0.5},
            {1.0, 1.0},
            {2.0, 2.0},
            {20.0, 20.0}};
    }

    @Test
    void outOfRangeSlopeIsRejectedWithItsNameAndRange() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Activations.create(new ActivationConfig("leaky_relu", Map.of("slope", 2.0), null, null), 1));
        assertTrue(e.getMessage().contains("slope") && e.getMessage().contains("[0, 1]"), e.getMessage());
    }

    @Test
    void defaultSlopeIsOneHundredth() {
        assertEquals(-0.01, Activations.create(ActivationConfig.of("leaky_relu"), 1).value(-1, 0), 1e-15);
    }
}
