package org.activationexplorer.train;

import java.util.List;
import org.activationexplorer.optim.Parameter;

/**
 * Decides when a run has diverged. NaN or infinity is the late sign; the guard also stops a finite explosion,
 * which otherwise trains on to a useless network: Taylor with per-neuron parameters at lr 1 rose to a loss of
 * 3e30 and "finished" at 9.8 % without ever producing a NaN. So a loss above LOSS_CEILING, a moving average of the
 * loss above RISE times the lowest moving average reached (and above RISE_FLOOR, so a well-trained run whose
 * average is 0.01 is not stopped by a rise to 1), and a parameter whose largest magnitude passes
 * PARAMETER_CEILING all count as divergence.
 */
public final class DivergenceGuard {
    public static final double LOSS_CEILING = 1e6;
    public static final double RISE = 100;
    /** Twice the loss of guessing among 10 classes (ln 10 = 2.3): no run that learns stays above it. */
    public static final double RISE_FLOOR = 5;
    public static final double PARAMETER_CEILING = 1e6;
    private static final double DECAY = 0.9; // the moving average spans about ten batches
    private static final int SETTLE = 10;    // batches before the lowest average counts

    private double average;
    private double lowest = Double.POSITIVE_INFINITY;
    private int seen;

    /** Checks a batch's loss; null when it is fine, else the reason with value and limit (epoch/batch filled in). */
    public Divergence checkLoss(double loss, int epoch, int batch) {
        if (!Double.isFinite(loss)) {
            return new Divergence(Divergence.Reason.LOSS_NOT_FINITE, epoch, batch, loss, Double.NaN, null);
        }
        if (loss > LOSS_CEILING) {
            return new Divergence(Divergence.Reason.LOSS_TOO_LARGE, epoch, batch, loss, LOSS_CEILING, null);
        }
        average = seen == 0 ? loss : DECAY * average + (1 - DECAY) * loss;
        if (++seen >= SETTLE) {
            lowest = Math.min(lowest, average);
            double limit = Math.max(RISE * lowest, RISE_FLOOR);
            if (average > limit) {
                return new Divergence(Divergence.Reason.LOSS_EXPLODED, epoch, batch, average, limit, null);
            }
        }
        return null;
    }

    /** Checks every parameter's values; null when all are finite and within the ceiling. */
    public static Divergence checkParameters(List<Parameter> parameters, int epoch, int batch) {
        for (Parameter p : parameters) {
            float max = 0;
            for (float v : p.value()) {
                if (!Float.isFinite(v)) {
                    return new Divergence(Divergence.Reason.PARAMETER_NOT_FINITE, epoch, batch, v, Double.NaN, p.name());
                }
                max = Math.max(max, Math.abs(v));
            }
            if (max > PARAMETER_CEILING) {
                return new Divergence(Divergence.Reason.PARAMETER_EXPLODED, epoch, batch, max, PARAMETER_CEILING,
                        p.name());
            }
        }
        return null;
    }

    /** Forgets the history (after weights were restored: the loss starts again from theirs). */
    public void reset() {
        average = 0;
        lowest = Double.POSITIVE_INFINITY;
        seen = 0;
    }
}
