package org.activationexplorer.activation.trainable;

import java.util.Map;
import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Sharing;

/** The gated form started as x·tanh(softplus(x)), the softplus argument (chain rule through m′(x)); θ moved off tanh's values. */
class MittagLefflerMishTest extends ActivationContract {
    @Override
    protected int channels() {
        return 2;
    }

    @Override
    protected double inputRange() {
        return 5;
    }

    @Override
    protected Activation create(Random random) {
        MittagLefflerGated f = new MittagLefflerGated(MittagLefflerForms.form("mish", 10), false, Sharing.CHANNEL,
                channels());
        for (int i = 0; i < f.parameters().length; i++) {
            f.parameters()[i] *= (float) (1 + 0.2 * (random.nextDouble() - 0.5));
        }
        return f;
    }

    @Override
    protected Activation createForReference() {
        return Activations.create(new ActivationConfig("mittag_leffler", Map.of(), "mish", Sharing.LAYER), 1);
    }

    /** By Python's math module. */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {{-8.0, -0.002683250882546538}, {-1.0, -0.30340146137410895}, {0.0, 0.0}, {0.5, 0.3752452113048951}, {1.0, 0.8650983882673103}, {3.0, 2.9865350049679575}, {10.0, 9.999999958780672}};
    }
}
