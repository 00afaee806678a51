/**
 * The training loop: builds a network and optimizer from a RunConfig and runs epochs over a Dataset.
 * Runs on whatever thread calls it; knows nothing of JavaFX or the command line.
 */
package org.activationexplorer.train;
