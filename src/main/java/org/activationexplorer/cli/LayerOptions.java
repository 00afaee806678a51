package org.activationexplorer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Sharing;

/**
 * --activation, --param and --init as each activation layer's family. One family name is every layer's, as before;
 * several are one per activation layer, in order (slaf,relu). A prefix "N:" gives a hyperparameter or an
 * initialisation to layer N alone (--param 1:k=4, --init 2:tanh); without it a hyperparameter or initialisation is
 * every layer's whose family has it (so --activation slaf,relu --param k=4 sets SLAF's k), and naming one that no
 * layer's family has is a problem. Problems of the families themselves (an unknown name, a value out of range, a
 * count that does not match the network) are RunConfig's.
 */
final class LayerOptions {
    private final List<String> families;
    private final Map<String, Double> shared = new LinkedHashMap<>();
    private final Map<Integer, Map<String, Double>> byLayer = new TreeMap<>();
    private final List<String> sharedInits = new ArrayList<>();
    private final Map<Integer, String> initByLayer = new TreeMap<>();
    private final Map<Integer, String> named = new TreeMap<>(); // per layer number, the first option that names it
    private final List<String> problems = new ArrayList<>();

    /** The options as given: family names (lower case), --param entries, --init entries (lower case). */
    LayerOptions(List<String> families, Map<String, Double> params, List<String> inits) {
        this.families = families.stream().map(String::strip).toList();
        params.forEach((key, value) -> {
            int colon = key.indexOf(':');
            if (colon < 0) {
                shared.put(key.strip(), value);
            } else {
                Integer layer = layer(key.substring(0, colon), "--param " + key + "=" + value);
                if (layer != null) {
                    named.putIfAbsent(layer, "--param " + key + "=" + value);
                    byLayer.computeIfAbsent(layer, l -> new LinkedHashMap<>())
                            .put(key.substring(colon + 1).strip(), value);
                }
            }
        });
        for (String init : inits) {
            int colon = init.indexOf(':');
            if (colon < 0) {
                sharedInits.add(init.strip());
            } else {
                Integer layer = layer(init.substring(0, colon), "--init " + init);
                if (layer != null) {
                    named.putIfAbsent(layer, "--init " + init);
                    initByLayer.put(layer, init.substring(colon + 1).strip());
                }
            }
        }
        if (sharedInits.size() > 1) {
            problems.add("--init: one initialisation for every layer, or N:BASE for layer N, got " + inits);
        }
    }

    private Integer layer(String text, String option) {
        try {
            int layer = Integer.parseInt(text.strip());
            if (layer >= 1) {
                return layer;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        problems.add(option + ": the layer before ':' must be a number from 1, got '" + text + "'");
        return null;
    }

    /** True when the families differ by layer (several names, or a layer's own hyperparameter or initialisation). */
    boolean perLayer() {
        return families.size() > 1 || !byLayer.isEmpty() || !initByLayer.isEmpty();
    }

    /** Every layer's family alike, as before per-layer options: the options as they are. */
    ActivationConfig shared(Sharing sharing) {
        String init = sharedInits.isEmpty() ? null : sharedInits.get(0);
        return new ActivationConfig(families.get(0), shared, init, sharing);
    }

    /**
     * One family per activation layer of a network with `layers` of them (−1: unknown, the network is invalid): as
     * many as the names given when several are, else `layers`. A layer number beyond them is a problem.
     */
    List<ActivationConfig> perLayer(Sharing sharing, int layers) {
        int count = families.size() > 1 ? families.size() : Math.max(1, layers);
        named.forEach((layer, option) -> beyond(layer, count, layers, option));
        List<ActivationConfig> configs = new ArrayList<>();
        List<Family> known = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = families.get(families.size() > 1 ? i : 0);
            Family family = family(name);
            Map<String, Double> params = new LinkedHashMap<>();
            shared.forEach((k, v) -> {
                if (family == null || has(family, k)) {
                    params.put(k, v);
                }
            });
            params.putAll(byLayer.getOrDefault(i + 1, Map.of()));
            String init = initByLayer.get(i + 1);
            if (init == null && !sharedInits.isEmpty() && family != null
                    && family.initBases().contains(sharedInits.get(0))) {
                init = sharedInits.get(0);
            }
            configs.add(new ActivationConfig(name, params, init, sharing));
            if (family != null) {
                known.add(family);
            }
        }
        if (known.size() == count) { // an unknown family is RunConfig's to name
            for (String k : shared.keySet()) {
                if (known.stream().noneMatch(f -> has(f, k))) {
                    problems.add("--param " + k + ": no layer's family (" + String.join(", ", names(known))
                            + ") has a parameter '" + k + "'");
                }
            }
            if (!sharedInits.isEmpty() && known.stream().noneMatch(f -> f.initBases().contains(sharedInits.get(0)))) {
                problems.add("--init " + sharedInits.get(0) + ": no layer's family (" + String.join(", ", names(known))
                        + ") has this initialisation");
            }
        }
        return configs;
    }

    /** A layer number past the network's activation layers (or, the network unknown, past the families named). */
    private void beyond(int layer, int count, int layers, String option) {
        int limit = layers >= 0 ? layers : families.size() > 1 ? count : Integer.MAX_VALUE;
        if (layer > limit) {
            problems.add(option + ": there is no activation layer " + layer + "; the network has " + limit
                    + " (1 to " + limit + ")");
        }
    }

    /** What is wrong with the options themselves (after perLayer, also its layer numbers and unused values). */
    List<String> problems() {
        return problems;
    }

    private static Family family(String name) {
        try {
            return Activations.family(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean has(Family f, String parameter) {
        return f.hyperparameters().stream().anyMatch(h -> h.name().equals(parameter));
    }

    private static List<String> names(List<Family> families) {
        return families.stream().map(Family::name).distinct().toList();
    }
}
