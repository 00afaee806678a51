package org.activationexplorer.activation.fixed;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;

class TanhTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new Tanh();
    }

    /** Python's math module: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, -1.0},
            {-5.0, -0.9999092042625951},
            {-1.0, -0.7615941559557649},
            {-1e-08, -1e-08},
            {0.0, 0.0},
            {0.5, 0.46211715726000974},
            {1.0, 0.7615941559557649},
            {2.0, 0.9640275800758169},
            {20.0, 1.0}};
    }
}
