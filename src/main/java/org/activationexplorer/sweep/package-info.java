/**
 * Sweeps: a grid of training runs (families × architectures × options × seeds), each cell a run file named by its
 * settings, resumable (a complete file is not trained again), in parallel workers, and split into deterministic
 * shards for a cluster's job array. The command line builds the cells (cli/SweepCommand); this package runs them.
 */
package org.activationexplorer.sweep;
