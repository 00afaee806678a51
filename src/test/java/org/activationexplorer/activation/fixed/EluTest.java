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

class EluTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new Elu(1.5);
    }

    @Override
    protected double[] kinks() {
        return new double[] {0};
    }

    /** Python's math module: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, -1.4999999969082696},
            {-5.0, -1.4898930795013718},
            {-1.0, -0.9481808382428365},
            {-1e-08, -1.4999999925000002e-08},
            {0.0, 0.0},
            {0.5, 0.5},
            {1.0, 1.0},
            {2.0, 2.0},
            {20.0, 20.0}};
    }

    @Test
    void nonPositiveAlphaIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Activations.create(new ActivationConfig("elu", Map.of("alpha", 0.0), null, null), 1));
        assertTrue(e.getMessage().contains("alpha"), e.getMessage());
    }

    @Test
    void defaultAlphaIsOne() {
        assertEquals(Math.expm1(-1), Activations.create(ActivationConfig.of("elu"), 1).value(-1, 0), 1e-15);
    }
}
