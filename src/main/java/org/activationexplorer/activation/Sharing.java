package org.activationexplorer.activation;

/** How a trainable family shares its parameters inside one activation layer (spec §0). */
public enum Sharing {
    /** One parameter set for the whole layer. */
    LAYER,
    /** One parameter set per conv channel or per fully connected neuron. */
    CHANNEL
}
