package org.activationexplorer.optim;

/** Updates every parameter from its accumulated gradient, then zeroes the gradients. */
public interface Optimizer {
    void step();

    /** Number of step() calls so far (Adam's bias correction depends on it; run files record it). */
    long steps();
}
