package org.activationexplorer.activation.fixed;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;

class HardTanhTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new HardTanh();
    }

    @Override
    protected double[] kinks() {
        return new double[] {-1, 1};
    }

    /** Python's math module, from the defining formula: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, -1.0},
            {-5.0, -1.0},
            {-3.0, -1.0},
            {-1.0, -1.0},
            {-1e-08, -1e-08},
            {0.0, 0.0},
            {0.5, 0.5},
            {1.0, 1.0},
            {2.0, 1.0},
            {3.0, 1.0},
            {6.0, 1.0},
            {20.0, 1.0}};
    }
}
