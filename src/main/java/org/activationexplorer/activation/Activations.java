package org.activationexplorer.activation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry: family key (as on the command line and in run files) → family. One line per family. */
public final class Activations {
    private static final Map<String, Family> FAMILIES = index(List.of(
            // fixed families (activation/fixed), then trainable ones (activation/trainable), one per line
            ));

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
