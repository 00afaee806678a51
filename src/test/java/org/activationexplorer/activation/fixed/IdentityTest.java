package org.activationexplorer.activation.fixed;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;

class IdentityTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new Identity();
    }

    /** Python's math module: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, -20.0},
            {-5.0, -5.0},
            {-1.0, -1.0},
            {-1e-08, -1e-08},
            {0.0, 0.0},
            {0.5, 0.5},
            {1.0, 1.0},
            {2.0, 2.0},
            {20.0, 20.0}};
    }
}
