package org.activationexplorer.activation.fixed;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;

class SiluTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new Silu();
    }

    /** Python's math module: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, -4.1223072363804067e-08},
            {-5.0, -0.03346425462142428},
            {-1.0, -0.2689414213699951},
            {-1e-08, -4.9999999750000005e-09},
            {0.0, 0.0},
            {0.5, 0.3112296656009273},
            {1.0, 0.7310585786300049},
            {2.0, 1.7615941559557646},
            {20.0, 19.999999958776925}};
    }
}
