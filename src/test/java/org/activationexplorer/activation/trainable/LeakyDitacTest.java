package org.activationexplorer.activation.trainable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Card;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.Sharing;
import org.junit.jupiter.api.Test;

class LeakyDitacTest extends ActivationContract {
    private Activation created;

    @Override
    protected int channels() {
        return 3;
    }

    @Override
    protected double inputRange() {
        return 4;
    }

    @Override
    protected Activation create(Random random) {
        LeakyDitac f = new LeakyDitac(10, -0.5, 2, 0.1, Sharing.CHANNEL, channels());
        for (int i = 0; i < f.parameters().length; i++) {
            f.parameters()[i] = (float) (0.5 * random.nextGaussian());
        }
        created = f;
        return f;
    }

    /** DiTAC's table limits (DitacTest), with the same tables. */
    @Override
    protected double floatTolerance() {
        return 1e-4;
    }

    @Override
    protected double floatSlopeTolerance() {
        return 2e-2;
    }

    @Override
    protected double parameterGradientTolerance() {
        return 1e-5;
    }

    /** Both ends of [a, b], and where x̃ = 0 in each channel of the instance last created (θ moves it). */
    @Override
    protected double[] kinks() {
        List<Double> kinks = new ArrayList<>(List.of(-0.5, 2.0));
        for (int c = 0; created != null && c < channels(); c++) {
            kinks.add(zeroOfTheWarp(created, c));
        }
        return kinks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** x in [a, b] where y (whose sign is x̃'s) changes sign, by bisection; y(a) = s·a < 0 < y(b) = s·b. */
    private static double zeroOfTheWarp(Activation f, int channel) {
        double left = -0.5, right = 2;
        for (int i = 0; i < 60; i++) {
            double middle = (left + right) / 2;
            if (f.value(middle, channel) > 0) {
                right = middle;
            } else {
                left = middle;
            }
        }
        return (left + right) / 2;
    }

    @Override
    protected Activation createForReference() {
        return Activations.create(ActivationConfig.of("leaky_ditac"), 1);
    }

    /** θ = 0: leaky ReLU with the default slope 0.01 (in float, as the family holds it). */
    @Override
    protected double[][] referenceValues() {
        double s = 0.01f;
        return new double[][] {{-5.0, -5 * s}, {-1.0, -s}, {0.0, 0.0}, {0.5, 0.5}, {1.0, 1.0}, {2.0, 2.0}, {20.0, 20.0}};
    }

    @Test
    void zeroThetaIsLeakyReluInTheFloatPathToo() {
        Activation f = Activations.create(new ActivationConfig("leaky_ditac", Map.of("slope", 0.2), null, null), 1);
        Shape shape = new Shape(1, 1, 401);
        float[] x = new float[401], y = new float[401], dy = new float[401], dx = new float[401];
        for (int i = 0; i < x.length; i++) {
            x[i] = -4 + 0.02f * i;
            dy[i] = 1;
        }
        f.forward(x, y, shape);
        f.backward(x, y, dy, dx, shape);
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i] > 0 ? x[i] : 0.2f * x[i], y[i], 1e-6, "y at " + x[i]);
            assertEquals(x[i] > 0 ? 1 : 0.2f, dx[i], 1e-5, "dx at " + x[i]);
        }
    }

    @Test
    void theWarpMovesTheKinkAndKeepsTheCurveIncreasing() {
        LeakyDitac f = new LeakyDitac(10, -0.5, 2, 0.1, Sharing.LAYER, 1);
        f.parameters()[2] = 1; // a bump of velocity left of the middle of [a, b]
        double kink = zeroOfTheWarp(f, 0);
        assertTrue(Math.abs(kink) > 0.01, "the kink stays at 0: " + kink);
        assertEquals(0, f.value(kink, 0), 1e-9);
        assertEquals(0.1, f.derivative(kink - 1e-3, 0) / f.derivative(kink + 1e-3, 0), 1e-2, "slope ratio s across it");
        for (double x = -3; x < 3; x += 0.01) {
            assertTrue(f.value(x + 0.01, 0) > f.value(x, 0), "increasing at " + x);
        }
        assertEquals((double) 0.1f * -3, f.value(-3, 0), 1e-12, "leaky ReLU left of [a, b] (s held in float)");
        assertEquals(3, f.value(3, 0), 1e-12, "identity right of it");
    }

    @Test
    void theCardSaysTheFormIsReconstructedAndWhy() {
        Card card = LeakyDitac.FAMILY.card();
        assertEquals(Card.Form.RECONSTRUCTED, card.form());
        assertEquals(Card.Form.RECONSTRUCTED, card.form("prior"));
        assertTrue(card.citation().contains("2407.07564") && card.citation().contains("reconstructed"));
        String why = card.initForms().get("leaky_relu").why();
        assertTrue(why.contains("NotImplementedError") && why.contains("not known"), why);
    }
}
