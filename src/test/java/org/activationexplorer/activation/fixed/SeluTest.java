package org.activationexplorer.activation.fixed;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;

class SeluTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new Selu();
    }

    @Override
    protected double[] kinks() {
        return new double[] {0};
    }

    /** Python's math module: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, -1.758099337223664},
            {-5.0, -1.74625336066962},
            {-1.0, -1.1113307378125625},
            {-1e-08, -1.7580993320568802e-08},
            {0.0, 0.0},
            {0.5, 0.5253504936777402},
            {1.0, 1.0507009873554805},
            {2.0, 2.101401974710961},
            {20.0, 21.014019747109607}};
    }
}
