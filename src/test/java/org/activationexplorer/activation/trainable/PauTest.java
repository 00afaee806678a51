package org.activationexplorer.activation.trainable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Sharing;
import org.junit.jupiter.api.Test;

class PauTest extends ActivationContract {
    @Override
    protected int channels() {
        return 3;
    }

    @Override
    protected double inputRange() {
        return 3;
    }

    /** Per-channel sets, each perturbed so every parameter (and both signs of b) matters. */
    @Override
    protected Activation create(Random random) {
        Pau pau = new Pau("leaky_relu", Sharing.CHANNEL, channels());
        float[] theta = pau.parameters();
        for (int i = 0; i < theta.length; i++) {
            theta[i] += (float) (0.1 * random.nextGaussian());
        }
        return pau;
    }

    @Override
    protected double[] kinks() {
        return new double[] {0}; // |x| in Q: a kink at 0 whenever b₁ ≠ 0
    }

    @Override
    protected Activation createForReference() {
        return Activations.create(ActivationConfig.of("pau"), 1);
    }

    /** The safe formula in double with the float32-rounded leaky-ReLU coefficients (Python, by hand). */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-100.0, -66.35946976213177}, {-10.0, -2.7264927900379377}, {-3.0, -0.041809793685680136},
            {-1.0, -0.010680216849072258}, {0.0, 0.029792778193950653}, {1.0, 1.0007833255149048},
            {3.0, 2.996487160623178}, {10.0, 9.018889175575797}, {10000.0, 7232.501409753986}};
    }

    @Test
    void identityInitialisationIsTheIdentity() {
        Activation identity = Activations.create(new ActivationConfig("pau", java.util.Map.of(), "identity", null), 1);
        for (double x = -5; x <= 5; x += 0.5) {
            assertEquals(x, identity.value(x, 0), 1e-12);
        }
    }

    @Test
    void layerSharingHasOneSetOfTenCoefficients() {
        assertEquals(10, Activations.create(ActivationConfig.of("pau"), 256).parameters().length);
        assertEquals(2560, Activations.create(new ActivationConfig("pau", java.util.Map.of(), null, Sharing.CHANNEL), 256)
                .parameters().length);
    }

    @Test
    void anUnknownInitialisationListsTheValidOnes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Activations.create(new ActivationConfig("pau", java.util.Map.of(), "softsign", null), 1));
        assertEquals(true, e.getMessage().contains("leaky_relu"), e.getMessage());
    }
}
