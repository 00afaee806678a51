/**
 * Reads image datasets (MNIST and anything laid out like it in IDX files; CIFAR-10's binary version) into
 * normalised float arrays and walks them in seeded minibatches. Knows nothing of networks or JavaFX.
 */
package org.activationexplorer.data;
