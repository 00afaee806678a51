/**
 * Activation families: the {@link org.activationexplorer.activation.Activation} contract, family metadata
 * and the registry. Depends on nothing else in the project (layers depend on activations, not the reverse).
 */
package org.activationexplorer.activation;
