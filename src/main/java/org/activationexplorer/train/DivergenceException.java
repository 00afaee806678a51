package org.activationexplorer.train;

/**
 * The loss became NaN or infinite: the step's update was not applied, and training cannot continue with these
 * settings. Carries where it happened (epoch and batch counted from 1) and the loss, for callers to word.
 */
public final class DivergenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int epoch;
    private final int batch;
    private final double loss;

    public DivergenceException(int epoch, int batch, double loss) {
        super("training diverged at epoch " + epoch + ", batch " + batch + ": the loss became " + loss);
        this.epoch = epoch;
        this.batch = batch;
        this.loss = loss;
    }

    /** Epoch of the batch, from 1. */
    public int epoch() {
        return epoch;
    }

    /** Batch within its epoch, from 1. */
    public int batch() {
        return batch;
    }

    public double loss() {
        return loss;
    }
}
