package org.activationexplorer.activation.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;
import org.junit.jupiter.api.Test;

class GeluTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new Gelu();
    }

    /** Python's math module: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, -5.507248237212663e-88},
            {-5.0, -1.4332578593959731e-06},
            {-1.0, -0.15865525393145707},
            {-1e-08, -4.999999960105772e-09},
            {0.0, 0.0},
            {0.5, 0.34573123063700656},
            {1.0, 0.8413447460685429},
            {2.0, 1.9544997361036416},
            {20.0, 20.0}};
    }

    @Test
    void fastNormalCdfIsWithinItsStatedErrorOfTheAccurateOne() {
        for (double x = -10; x <= 10; x += 0.01) {
            assertEquals(org.activationexplorer.activation.special.Erf.normalCdf(x), Gelu.fastNormalCdf(x), 7.5e-8);
        }
    }
}
