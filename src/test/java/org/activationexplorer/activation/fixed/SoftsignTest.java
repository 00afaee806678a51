package org.activationexplorer.activation.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;
import org.junit.jupiter.api.Test;

class SoftsignTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new Softsign();
    }

    /** Python's math module, from the defining formula: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, -0.9523809523809523},
            {-5.0, -0.8333333333333334},
            {-3.0, -0.75},
            {-1.0, -0.5},
            {-1e-08, -9.999999900000002e-09},
            {0.0, 0.0},
            {0.5, 0.3333333333333333},
            {1.0, 0.5},
            {2.0, 0.6666666666666666},
            {3.0, 0.75},
            {6.0, 0.8571428571428571},
            {20.0, 0.9523809523809523}};
    }

    @Test
    void approachesItsBoundsPolynomially() {
        Activation f = new Softsign();
        assertEquals(1e-3, 1 - f.value(999, 0), 1e-15, "1 − f = 1/(1 + x)");
        assertEquals(1e-6, f.derivative(999, 0), 1e-18, "f′ = 1/(1 + x)²");
    }
}
