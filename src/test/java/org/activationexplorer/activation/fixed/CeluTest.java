package org.activationexplorer.activation.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.Activations;
import org.junit.jupiter.api.Test;

class CeluTest extends ActivationContract {
    /** α ≠ 1, where CELU and ELU differ, so the checks see α in both the value and the slope. */
    @Override
    protected Activation create(Random random) {
        return new Celu(0.5);
    }

    /** Python's math module, from the defining formula with α = 0.5: reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, -0.5},
            {-5.0, -0.49997730003511875},
            {-3.0, -0.4987606239116668},
            {-1.0, -0.43233235838169365},
            {-1e-08, -9.9999999e-09},
            {0.0, 0.0},
            {0.5, 0.5},
            {1.0, 1.0},
            {2.0, 2.0},
            {3.0, 3.0},
            {6.0, 6.0},
            {20.0, 20.0}};
    }

    @Test
    void atTheDefaultAlphaOfOneItIsElu() {
        Activation celu = Activations.create(ActivationConfig.of("celu"), 1);
        assertEquals(-0.6321205588285577, celu.value(-1, 0), 1e-16, "expm1(−1), Python");
        assertEquals(-0.9999999979388464, celu.value(-20, 0), 1e-16);
        for (double x : new double[] {-7, -1, -1e-3, 0.5, 3}) {
            assertEquals(new Elu(1).value(x, 0), celu.value(x, 0), 1e-15);
        }
    }

    @Test
    void theSlopeIsContinuousAtZeroForEveryAlpha() {
        for (double alpha : new double[] {0.01, 0.5, 2, 10}) {
            Activation f = new Celu(alpha);
            assertEquals(1, f.derivative(-1e-12, 0), 1e-9, "α = " + alpha);
            assertEquals(1, f.derivative(1e-12, 0), "α = " + alpha);
            assertEquals(-alpha, f.value(-1e4, 0), 1e-12, "bounded below by −α");
        }
    }

    @Test
    void alphaMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> Activations.create(new ActivationConfig("celu", Map.of("alpha", 0.0), null, null), 1));
    }
}
