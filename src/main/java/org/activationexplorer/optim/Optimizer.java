package org.activationexplorer.optim;

/** Updates every parameter from its accumulated gradient, then zeroes the gradients. */
public interface Optimizer {
    void step();

    /**
     * From the next step on, every group's learning rate is its own times `factor` (a schedule's, see Schedule); 1
     * until set. Weight decay follows the learning rate as in PyTorch: Adam's decoupled decay is lr·factor·λ.
     */
    void scaleLearningRates(double factor);

    /** Number of step() calls so far (Adam's bias correction depends on it; run files record it). */
    long steps();
}
