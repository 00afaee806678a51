package org.activationexplorer.activation.trainable;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.Sharing;

/** A spline order other than 3 (k = 2): the general path, Cox–de Boor per element (UniformBSpline), not KanCubicPass. */
class KanSplineQuadraticTest extends ActivationContract {
    @Override
    protected int channels() {
        return 2;
    }

    @Override
    protected double inputRange() {
        return 5; // beyond the extended knots at ±4
    }

    @Override
    protected Activation create(Random random) {
        KanSpline f = new KanSpline(4, 2, 2, Sharing.CHANNEL, channels());
        for (int i = 0; i < f.parameters().length; i++) {
            f.parameters()[i] += (float) (0.3 * random.nextGaussian());
        }
        return f;
    }

    /** The knots t_j = −2 + (j − 2), j = 0..8: the quadratic's pieces meet there (C¹). */
    @Override
    protected double[] edges() {
        double[] knots = new double[9];
        for (int j = 0; j < 9; j++) {
            knots[j] = j - 4;
        }
        return knots;
    }

    @Override
    protected Activation createForReference() {
        return new KanSpline(4, 2, 2, Sharing.LAYER, 1);
    }

    /** At initialisation the spline is zero and φ = SiLU (Python: x·σ(x)). */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {{-5.0, -0.03346425462142428}, {-1.0, -0.2689414213699951}, {0.0, 0.0},
            {0.5, 0.3112296656009273}, {2.0, 1.7615941559557646}};
    }
}
