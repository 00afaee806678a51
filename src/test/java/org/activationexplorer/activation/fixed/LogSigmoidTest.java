package org.activationexplorer.activation.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.Shape;
import org.junit.jupiter.api.Test;

class LogSigmoidTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new LogSigmoid();
    }

    /** Python's math module, log σ(x) by its stable branches: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, -20.000000002061153},
            {-5.0, -5.006715348489118},
            {-3.0, -3.048587351573742},
            {-1.0, -1.3132616875182228},
            {-1e-08, -0.6931471855599454},
            {0.0, -0.6931471805599453},
            {0.5, -0.4740769841801067},
            {1.0, -0.31326168751822286},
            {2.0, -0.1269280110429725},
            {3.0, -0.04858735157374206},
            {6.0, -0.0024756851377304495},
            {20.0, -2.061153620314381e-09}};
    }

    @Test
    void theRightTailKeepsItsRelativeAccuracy() {
        Activation f = new LogSigmoid();
        assertEquals(-4.248354255291589e-18, f.value(40, 0), 1e-30, "−e^{−40}, where log(σ(40)) would give 0");
        assertEquals(-1000, f.value(-1000, 0), 1e-12, "no overflow on the left");
    }

    @Test
    void floatLoopsStayFiniteFarOut() {
        Activation f = new LogSigmoid();
        float[] x = {-1e30f, 1e30f, 100f}, y = new float[3], dx = new float[3];
        f.forward(x, y, new Shape(3, 1, 1));
        f.backward(x, y, new float[] {1, 1, 1}, dx, new Shape(3, 1, 1));
        assertEquals(-1e30f, y[0]);
        assertEquals(0f, y[1]);
        assertEquals(1f, dx[0]);
        assertEquals(0f, dx[2], 1e-30);
    }
}
