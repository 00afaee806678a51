package org.activationexplorer.activation.fixed;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;

class SigmoidTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new Sigmoid();
    }

    /** Python's math module: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, 2.0611536181902033e-09},
            {-5.0, 0.006692850924284856},
            {-1.0, 0.2689414213699951},
            {-1e-08, 0.4999999975},
            {0.0, 0.5},
            {0.5, 0.6224593312018546},
            {1.0, 0.7310585786300049},
            {2.0, 0.8807970779778823},
            {20.0, 0.9999999979388463}};
    }
}
