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
 * <p>
 * The lowest average counts from the first batch, whose loss is the untrained network's (about ln 10 = 2.3 for ten
 * classes): so an explosion in the first few batches is measured against where the run started. It used to count
 * only after ten batches, and a run that exploded before then and stayed up was measured against its own exploded
 * level: PAU at Adam lr 1 (5,000 images, seed 1) went 3.18, 1.1e5, 46, 9.5e5, then 1e4-1e5 for the rest of the
 * epoch, below the ceiling, and "finished" at 19.9 % with exit 0; ReLU at lr 0.2 spiked to 9.4e3 at batch 2 and
 * ended at 11.8 %. Both now stop at batch 2. A learning run is not stopped by this: its average would have to pass
 * 100 times its first loss, which one batch does only with a loss about 1000 times the first (a softmax's logits
 * thousands apart).
 */
public final class DivergenceGuard {
    public static final double LOSS_CEILING = 1e6;
    public static final double RISE = 100;
    /** Twice the loss of guessing among 10 classes (ln 10 = 2.3): no run that learns stays above it. */
    public static final double RISE_FLOOR = 5;
    public static final double PARAMETER_CEILING = 1e6;
    private static final double DECAY = 0.9; // the moving average spans about ten batches

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
        average = seen++ == 0 ? loss : DECAY * average + (1 - DECAY) * loss;
        double limit = Math.max(RISE * lowest, RISE_FLOOR); // the lowest before this batch: the first batch passes
        lowest = Math.min(lowest, average);
        return average > limit ? new Divergence(Divergence.Reason.LOSS_EXPLODED, epoch, batch, average, limit, null)
                : null;
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
