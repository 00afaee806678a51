package org.activationexplorer.activation.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;
import org.junit.jupiter.api.Test;

class Relu6Test extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new Relu6();
    }

    @Override
    protected double[] kinks() {
        return new double[] {0, 6};
    }

    /** Python's math module, from the defining formula: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, 0.0},
            {-5.0, 0.0},
            {-3.0, 0.0},
            {-1.0, 0.0},
            {-1e-08, 0.0},
            {0.0, 0.0},
            {0.5, 0.5},
            {1.0, 1.0},
            {2.0, 2.0},
            {3.0, 3.0},
            {6.0, 6.0},
            {20.0, 6.0}};
    }

    @Test
    void slopeIsOneStrictlyBetweenTheKinksAndZeroAtThem() {
        Activation f = new Relu6();
        assertEquals(1, f.derivative(3, 0));
        assertEquals(0, f.derivative(0, 0), "0 at x = 0, as ReLU and torch");
        assertEquals(0, f.derivative(6, 0), "0 at the cap, as torch");
        assertEquals(0, f.derivative(7, 0));
    }
}
