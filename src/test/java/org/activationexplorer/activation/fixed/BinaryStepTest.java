package org.activationexplorer.activation.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.Shape;
import org.junit.jupiter.api.Test;

class BinaryStepTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new BinaryStep();
    }

    /** f jumps at 0. */
    @Override
    protected double[] kinks() {
        return new double[] {0};
    }

    /** The straight-through window's ends, where a closed or open interval would differ. */
    @Override
    protected double[] edges() {
        return new double[] {-1, 1, Math.nextDown(-1.0), Math.nextUp(1.0)};
    }

    /** Backward passes the straight-through estimator 1[|x| ≤ 1] (spec §9), written here independently. */
    @Override
    protected DoubleUnaryOperator surrogateSlope() {
        return x -> -1 <= x && x <= 1 ? 1 : 0;
    }

    /** Python, from the definition 1[x ≥ 0]: src/test/resources/activation/reference_values.py. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, 0.0},
            {-5.0, 0.0},
            {-3.0, 0.0},
            {-1.0, 0.0},
            {-1e-08, 0.0},
            {0.0, 1.0},
            {0.5, 1.0},
            {1.0, 1.0},
            {2.0, 1.0},
            {3.0, 1.0},
            {6.0, 1.0},
            {20.0, 1.0}};
    }

    @Test
    void bothZerosStepUpInDoubleAndInFloat() {
        Activation f = new BinaryStep();
        float[] x = {0f, -0f, -Float.MIN_VALUE}, y = new float[3];
        f.forward(x, y, new Shape(3, 1, 1));
        assertEquals(1, f.value(-0.0, 0));
        assertEquals(1f, y[0]);
        assertEquals(1f, y[1]);
        assertEquals(0f, y[2]);
    }
}
