package org.activationexplorer.activation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.fixed.BinaryStep;
import org.activationexplorer.activation.fixed.Celu;
import org.activationexplorer.activation.fixed.Elu;
import org.activationexplorer.activation.fixed.ErfExp;
import org.activationexplorer.activation.fixed.Gelu;
import org.activationexplorer.activation.fixed.HardSigmoid;
import org.activationexplorer.activation.fixed.HardSwish;
import org.activationexplorer.activation.fixed.HardTanh;
import org.activationexplorer.activation.fixed.Identity;
import org.activationexplorer.activation.fixed.LeakyRelu;
import org.activationexplorer.activation.fixed.LogSigmoid;
import org.activationexplorer.activation.fixed.Mish;
import org.activationexplorer.activation.fixed.Relu;
import org.activationexplorer.activation.fixed.Relu6;
import org.activationexplorer.activation.fixed.Selu;
import org.activationexplorer.activation.fixed.Sigmoid;
import org.activationexplorer.activation.fixed.Silu;
import org.activationexplorer.activation.fixed.Softplus;
import org.activationexplorer.activation.fixed.Softsign;
import org.activationexplorer.activation.fixed.Tanh;
import org.activationexplorer.activation.trainable.Apa;
import org.activationexplorer.activation.trainable.Apl;
import org.activationexplorer.activation.trainable.Ditac;
import org.activationexplorer.activation.trainable.KanSpline;
import org.activationexplorer.activation.trainable.MittagLefflerGated;
import org.activationexplorer.activation.trainable.Pau;
import org.activationexplorer.activation.trainable.Prelu;
import org.activationexplorer.activation.trainable.Slaf;
import org.activationexplorer.activation.trainable.SwishBeta;
import org.activationexplorer.activation.trainable.Taylor;
import org.activationexplorer.activation.trainable.Yevick;

/** The registry: family key (as on the command line and in run files) → family. One line per family. */
public final class Activations {
    private static final Map<String, Family> FAMILIES = index(List.of(
            Identity.FAMILY,
            Relu.FAMILY,
            LeakyRelu.FAMILY,
            Elu.FAMILY,
            Selu.FAMILY,
            Sigmoid.FAMILY,
            Tanh.FAMILY,
            Softplus.FAMILY,
            Silu.FAMILY,
            Gelu.FAMILY,
            Mish.FAMILY,
            ErfExp.FAMILY,
            BinaryStep.FAMILY,
            Relu6.FAMILY,
            HardSigmoid.FAMILY,
            HardTanh.FAMILY,
            Softsign.FAMILY,
            Celu.FAMILY,
            HardSwish.FAMILY,
            LogSigmoid.FAMILY,
            Taylor.FAMILY,
            Slaf.FAMILY,
            MittagLefflerGated.FAMILY,
            Pau.FAMILY,
            Apa.FAMILY,
            SwishBeta.FAMILY,
            Prelu.FAMILY,
            Apl.FAMILY,
            KanSpline.FAMILY,
            Ditac.FAMILY,
            org.activationexplorer.activation.trainable.LeakyDitac.FAMILY,
            Yevick.FAMILY));

    private Activations() {}

    public static List<Family> all() {
        return List.copyOf(FAMILIES.values());
    }

    public static List<String> names() {
        return List.copyOf(FAMILIES.keySet());
    }

    public static Family family(String name) {
        Family f = FAMILIES.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown activation '" + name + "'; valid: " + String.join(", ", names()));
        }
        return f;
    }

    public static Activation create(ActivationConfig config, int channels) {
        return family(config.family()).create(config, channels);
    }

    private static Map<String, Family> index(List<Family> families) {
        Map<String, Family> map = new LinkedHashMap<>();
        for (Family f : families) {
            if (map.put(f.name(), f) != null) {
                throw new IllegalStateException("duplicate family " + f.name());
            }
        }
        return map;
    }
}
