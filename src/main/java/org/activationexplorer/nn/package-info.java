/**
 * Layers, networks and the loss, over flat float arrays with buffers allocated once. Depends on
 * activation, linalg and optim; knows nothing of datasets, training loops or JavaFX.
 */
package org.activationexplorer.nn;
