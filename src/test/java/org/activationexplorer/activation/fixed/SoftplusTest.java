package org.activationexplorer.activation.fixed;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;

class SoftplusTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new Softplus();
    }

    /** Python's math module: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, 2.061153620314381e-09},
            {-5.0, 0.006715348489118068},
            {-1.0, 0.31326168751822286},
            {-1e-08, 0.6931471755599453},
            {0.0, 0.6931471805599453},
            {0.5, 0.9740769841801067},
            {1.0, 1.3132616875182228},
            {2.0, 2.1269280110429727},
            {20.0, 20.000000002061153}};
    }
}
