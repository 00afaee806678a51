/**
 * Reads IDX datasets (MNIST and anything laid out like it) into normalised float arrays and
 * walks them in seeded minibatches. Knows nothing of networks or JavaFX.
 */
package org.activationexplorer.data;
