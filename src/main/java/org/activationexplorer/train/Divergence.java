package org.activationexplorer.train;

/**
 * Why and where a run diverged: at epoch and batch (both from 1, the batch whose loss or update was bad), the
 * offending value and the limit it crossed (NaN where there is none), and the parameter's name for parameter
 * reasons (else null).
 */
public record Divergence(Reason reason, int epoch, int batch, double value, double limit, String parameter) {

    public enum Reason {
        /** The loss became NaN or infinite. */
        LOSS_NOT_FINITE,
        /** The loss passed the absolute ceiling while finite. */
        LOSS_TOO_LARGE,
        /** The loss's moving average rose far above the lowest it had reached. */
        LOSS_EXPLODED,
        /** A parameter became NaN or infinite. */
        PARAMETER_NOT_FINITE,
        /** A parameter's largest magnitude passed the ceiling. */
        PARAMETER_EXPLODED
    }
}
