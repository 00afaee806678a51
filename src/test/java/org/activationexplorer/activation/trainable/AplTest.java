package org.activationexplorer.activation.trainable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Sharing;
import org.junit.jupiter.api.Test;

class AplTest extends ActivationContract {
    private static final float[] HINGES = {-1.5f, -0.25f, 0.75f};

    @Override
    protected int channels() {
        return 3;
    }

    @Override
    protected double inputRange() {
        return 3;
    }

    /** Per-channel sets with random slopes and hinges at fixed, known places (the kinks). */
    @Override
    protected Activation create(Random random) {
        Apl f = new Apl(3, 1, Sharing.CHANNEL, channels());
        for (int c = 0; c < channels(); c++) {
            for (int s = 0; s < 3; s++) {
                f.parameters()[6 * c + s] = (float) (random.nextDouble() - 0.5);
                f.parameters()[6 * c + 3 + s] = HINGES[s];
            }
        }
        return f;
    }

    @Override
    protected double[] kinks() {
        return new double[] {0, HINGES[0], HINGES[1], HINGES[2]};
    }

    @Override
    protected Activation createForReference() {
        Apl f = new Apl(2, 1, Sharing.LAYER, 1);
        float[] t = f.parameters();
        t[0] = 0.5f;  // a_1
        t[1] = -0.25f; // a_2
        t[2] = 1;     // b_1
        t[3] = -2;    // b_2
        return f;
    }

    /** h(x) = max(0,x) + 0.5·max(0, 1 − x) − 0.25·max(0, −2 − x), by hand. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {{-4, 2.5 - 0.5}, {-2, 1.5}, {0, 0.5}, {1, 1}, {3, 3}};
    }

    @Test
    void theSameSeedGivesTheSameHinges() {
        var config = new ActivationConfig("apl", java.util.Map.of("seed", 7.0), null, null);
        assertArrayEquals(Activations.create(config, 4).parameters(), Activations.create(config, 4).parameters());
        assertEquals(10, Activations.create(ActivationConfig.of("apl"), 4).parameters().length);
    }
}
