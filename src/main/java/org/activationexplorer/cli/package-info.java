/** The headless command line (picocli): train, bench, curve, list-activations. Never depends on ui. */
package org.activationexplorer.cli;
