package org.activationexplorer.activation;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the user chose: a family name, hyperparameter overrides, an optional initialisation base
 * (e.g. "tanh" for a Taylor polynomial) and the parameter sharing mode.
 */
public record ActivationConfig(String family, Map<String, Double> params, String init, Sharing sharing) {
    public ActivationConfig {
        params = Map.copyOf(new TreeMap<>(params));
        sharing = sharing == null ? Sharing.LAYER : sharing;
    }

    public static ActivationConfig of(String family) {
        return new ActivationConfig(family, Map.of(), null, Sharing.LAYER);
    }

    public double param(String name, double fallback) {
        return params.getOrDefault(name, fallback);
    }
}
