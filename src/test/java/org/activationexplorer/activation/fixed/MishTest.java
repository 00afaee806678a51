package org.activationexplorer.activation.fixed;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;

class MishTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new Mish();
    }

    /** Python's math module: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, -4.122307240628762e-08},
            {-5.0, -0.033576237730161704},
            {-1.0, -0.30340146137410895},
            {-1e-08, -5.999999968000001e-09},
            {0.0, 0.0},
            {0.5, 0.3752452113048951},
            {1.0, 0.8650983882673103},
            {2.0, 1.9439589595339946},
            {20.0, 20.0}};
    }
}
