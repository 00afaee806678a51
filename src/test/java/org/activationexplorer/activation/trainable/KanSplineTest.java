package org.activationexplorer.activation.trainable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.special.UniformBSpline;
import org.junit.jupiter.api.Test;

class KanSplineTest extends ActivationContract {
    @Override
    protected int channels() {
        return 3;
    }

    @Override
    protected double inputRange() {
        return 4; // beyond the grid's ±3 and its extension, so the outside region is checked too
    }

    @Override
    protected Activation create(Random random) {
        KanSpline f = new KanSpline(5, 3, 3, Sharing.CHANNEL, channels());
        for (int i = 0; i < f.parameters().length; i++) {
            f.parameters()[i] += (float) (0.3 * random.nextGaussian());
        }
        return f;
    }

    /** The knots t_j = −3 + (j − 3)·1.2, j = 0..11: the cubic's pieces meet there (C²). */
    @Override
    protected double[] edges() {
        double[] knots = new double[12];
        for (int j = 0; j < 12; j++) {
            knots[j] = -3 + (j - 3) * 1.2;
        }
        return knots;
    }

    @Override
    protected Activation createForReference() {
        return Activations.create(ActivationConfig.of("kan_spline"), 1);
    }

    /** At initialisation the spline is zero and φ = SiLU (Python: x·σ(x)). */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {{-5.0, -0.03346425462142428}, {-1.0, -0.2689414213699951}, {0.0, 0.0},
            {0.5, 0.3112296656009273}, {2.0, 1.7615941559557646}};
    }

    @Test
    void basisIsAPartitionOfUnityInsideTheGrid() {
        UniformBSpline spline = new UniformBSpline(5, 3, -3, 3);
        double[] b = new double[4], db = new double[4];
        for (double x = -3; x < 3; x += 0.01) {
            int first = spline.evaluate(x, b, db);
            double sum = 0, slope = 0;
            for (int r = 0; r < 4; r++) {
                if (first + r >= 0 && first + r < spline.size()) {
                    sum += b[r];
                    slope += db[r];
                }
            }
            assertEquals(1, sum, 1e-12, "Σ B at " + x);
            assertEquals(0, slope, 1e-9, "Σ B′ at " + x);
        }
    }

    @Test
    void cubicBasisMatchesTheClosedFormOfUniformBSplines() {
        UniformBSpline spline = new UniformBSpline(4, 3, 0, 4); // h = 1, knots at integers −3..7
        double[] b = new double[4];
        double u = 0.3; // x = 1.3: the span [1, 2)
        spline.evaluate(1 + u, b, null);
        assertEquals(Math.pow(1 - u, 3) / 6, b[0], 1e-12);
        assertEquals((3 * u * u * u - 6 * u * u + 4) / 6, b[1], 1e-12);
        assertEquals((-3 * u * u * u + 3 * u * u + 3 * u + 1) / 6, b[2], 1e-12);
        assertEquals(u * u * u / 6, b[3], 1e-12);
    }
}
