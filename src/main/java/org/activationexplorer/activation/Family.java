package org.activationexplorer.activation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The description of one activation family, for the CLI, run files and the UI: its key (used on the
 * command line), display name, one-line formula, card (citation and form), hyperparameters, and how to build it.
 */
public record Family(
        String name,
        String displayName,
        String formula,
        Card card,
        boolean trainable,
        List<Hyperparameter> hyperparameters,
        List<String> initBases,
        Factory factory) {

    /** Builds a family instance for a layer with the given number of channels (neurons). */
    @FunctionalInterface
    public interface Factory {
        /** params holds every hyperparameter of the family, defaults filled in and range-checked. */
        Activation create(Map<String, Double> params, String init, Sharing sharing, int channels);
    }

    public Family {
        hyperparameters = List.copyOf(hyperparameters);
        initBases = List.copyOf(initBases);
        if (!initBases.containsAll(card.initForms().keySet())) {
            throw new IllegalArgumentException(name + ": card notes an initialisation the family lacks");
        }
    }

    /** A family whose formula is the cited source's as written (tests build small families this way). */
    public Family(String name, String displayName, String formula, String citation, boolean trainable,
                  List<Hyperparameter> hyperparameters, List<String> initBases, Factory factory) {
        this(name, displayName, formula, Card.of(citation, Card.Form.PAPER), trainable, hyperparameters, initBases,
                factory);
    }

    public static Family fixed(String name, String displayName, String formula, String citation, Factory factory,
                               Hyperparameter... hyperparameters) {
        return new Family(name, displayName, formula, Card.of(citation, Card.Form.PAPER), false,
                List.of(hyperparameters), List.of(), factory);
    }

    public String citation() {
        return card.citation();
    }

    /**
     * Fills in defaults and checks every value against its range; unknown names and init bases are
     * rejected with a message that lists the valid ones.
     */
    public Map<String, Double> resolve(Map<String, Double> overrides) {
        Map<String, Double> values = new HashMap<>();
        for (Hyperparameter h : hyperparameters) {
            values.put(h.name(), h.defaultValue());
        }
        for (var e : overrides.entrySet()) {
            Hyperparameter h = hyperparameters.stream().filter(p -> p.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(name + " has no parameter '" + e.getKey() + "'"
                            + (hyperparameters.isEmpty() ? "" : "; valid: " + hyperparameters.stream()
                                    .map(Hyperparameter::name).toList())));
            values.put(h.name(), h.check(e.getValue()));
        }
        return Map.copyOf(values);
    }

    public Activation create(ActivationConfig config, int channels) {
        if (config.init() != null && !initBases.contains(config.init())) {
            throw new IllegalArgumentException(name + " has no initialisation '" + config.init() + "'"
                    + (initBases.isEmpty() ? "" : "; valid: " + initBases));
        }
        return factory.create(resolve(config.params()), config.init(), config.sharing(), channels);
    }
}
