package org.activationexplorer.activation.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;
import org.junit.jupiter.api.Test;

class HardSigmoidTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new HardSigmoid();
    }

    @Override
    protected double[] kinks() {
        return new double[] {-3, 3};
    }

    /** Python's math module, from the defining formula: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, 0.0},
            {-5.0, 0.0},
            {-3.0, 0.0},
            {-1.0, 0.3333333333333333},
            {-1e-08, 0.49999999833333336},
            {0.0, 0.5},
            {0.5, 0.5833333333333334},
            {1.0, 0.6666666666666666},
            {2.0, 0.8333333333333334},
            {3.0, 1.0},
            {6.0, 1.0},
            {20.0, 1.0}};
    }

    @Test
    void slopeIsOneSixthBetweenTheKinks() {
        Activation f = new HardSigmoid();
        assertEquals(1.0 / 6, f.derivative(0, 0), 1e-16);
        assertEquals(0, f.derivative(3, 0));
        assertEquals(0, f.derivative(-3.5, 0));
    }
}
