package org.activationexplorer.activation.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.special.Erf;
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

    /**
     * The float Φ the loops use (A&S 7.1.26 given e^{−x²/2}): A&S's 7.5e-8 plus the rounding of a handful of float
     * operations on values near 1 (each up to 6e-8), 2e-7 in all; the contract holds the loops to 1e-5.
     */
    @Test
    void theLoopsFloatNormalCdfIsWithinItsStatedErrorOfTheAccurateOne() {
        for (double x = -10; x <= 10; x += 0.01) {
            float gauss = (float) Math.exp(-0.5 * (float) x * (float) x);
            assertEquals(Erf.normalCdf((float) x), Erf.normalCdf((float) x, gauss), 2e-7, "Φ(" + x + ")");
        }
    }
}
