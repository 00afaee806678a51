package org.activationexplorer.activation.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;
import org.junit.jupiter.api.Test;

class HardSwishTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new HardSwish();
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
            {-1.0, -0.3333333333333333},
            {-1e-08, -4.999999983333334e-09},
            {0.0, 0.0},
            {0.5, 0.2916666666666667},
            {1.0, 0.6666666666666666},
            {2.0, 1.6666666666666667},
            {3.0, 3.0},
            {6.0, 6.0},
            {20.0, 20.0}};
    }

    @Test
    void dipsToMinusThreeEighthsAtMinusOneAndAHalf() {
        Activation f = new HardSwish();
        assertEquals(-0.375, f.value(-1.5, 0), 1e-15);
        assertEquals(0, f.derivative(-1.5, 0), 1e-15);
    }

    @Test
    void atTheKinksTheSlopeIsTheMiddlePiecesAsInTorch() {
        Activation f = new HardSwish();
        assertEquals(-0.5, f.derivative(-3, 0), 1e-15);
        assertEquals(1.5, f.derivative(3, 0), 1e-15);
    }
}
