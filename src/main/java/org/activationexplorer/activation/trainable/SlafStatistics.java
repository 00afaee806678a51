package org.activationexplorer.activation.trainable;

import java.util.Arrays;

/**
 * SLAF's normalisation statistics, a mean and a variance per (channel, power) entry: those forward normalises with
 * (mean, invStd: the batch's while training, the running ones otherwise) and the running averages behind them.
 *
 * <p>The running averages decay by 0.99 a training batch, as the official code's pop_mean and pop_var, but start at
 * 0 and are read divided by 1 − 0.99^t after t batches (Adam's bias correction): from the first batch on they are
 * the batches' moments weighted 0.99^age, normalised. The code's start at (0, 1), undivided, still held 0.99^79 =
 * 45 % of the weight after LeNet-5's epoch of 10 000 images (79 batches of 128): it evaluated at 66.9 % (test loss
 * 187), and at 91.5 % (0.31) corrected. A cumulative average up to the momentum's horizon (100 batches) would be
 * unbiased too, but would weigh the first
 * batches, taken from the network that has changed most since, as much as the latest; the correction keeps the
 * code's weighting and needs only t. Before any training batch, the statistics are (0, 1).
 */
final class SlafStatistics {
    static final double EPS = 1e-5; // the code's 1e-8 is too small in float (spec §2.6)
    private static final double DECAY = 0.99;
    /** What forward normalises with, per entry. */
    final double[] mean, invStd;
    private final double[] batchVar, runMean, runVar; // runMean, runVar: Σ (1 − d)·d^age·moment, not yet divided
    private long batches;

    SlafStatistics(int entries) {
        mean = new double[entries];
        invStd = new double[entries];
        batchVar = new double[entries];
        runMean = new double[entries];
        runVar = new double[entries];
        Arrays.fill(invStd, 1 / Math.sqrt(1 + EPS));
    }

    /** An entry's moments over a training batch of m values p, from Σ (p − centre) and Σ (p − centre)². */
    void setBatch(int at, double centre, double sum, double squares, long m) {
        double d = sum / m, var = Math.max(0, squares / m - d * d);
        mean[at] = centre + d;
        invStd[at] = 1 / Math.sqrt(var + EPS);
        batchVar[at] = var;
    }

    /**
     * Adds the batch that setBatch described, every entry, to the running averages. A batch with a moment that is not
     * finite (inputs that overflowed or diverged) is left out: it would stay in the averages for good, and a
     * checkpoint restored after a divergence brings back the parameters only.
     */
    void endBatch() {
        for (int at = 0; at < mean.length; at++) {
            if (!Double.isFinite(mean[at]) || !Double.isFinite(batchVar[at])) {
                return;
            }
        }
        for (int at = 0; at < mean.length; at++) {
            runMean[at] = DECAY * runMean[at] + (1 - DECAY) * mean[at];
            runVar[at] = DECAY * runVar[at] + (1 - DECAY) * batchVar[at];
        }
        batches++;
    }

    /** Sets mean and invStd to the running statistics (inference mode). */
    void useRunning() {
        for (int at = 0; at < mean.length; at++) {
            mean[at] = runningMean(at);
            invStd[at] = runningInvStd(at);
        }
    }

    /** The running means, then the running variances, corrected: what inference normalises with. */
    float[] saved() {
        float[] saved = new float[2 * mean.length];
        for (int at = 0; at < mean.length; at++) {
            saved[at] = (float) runningMean(at);
            saved[mean.length + at] = (float) (batches == 0 ? 1 : runVar[at] * correction());
        }
        return saved;
    }

    /**
     * Running statistics as saved() gave them: they are taken as averages already, as after very many batches
     * (0.99^10⁶ is 0 in double, so the correction is 1 and stays 1 if training went on).
     */
    void restore(float[] saved) {
        if (saved.length != 2 * mean.length) {
            throw new IllegalArgumentException("SLAF statistics of " + saved.length + " values, expected "
                    + 2 * mean.length);
        }
        for (int at = 0; at < mean.length; at++) {
            runMean[at] = saved[at];
            runVar[at] = saved[mean.length + at];
        }
        batches = 1_000_000;
    }

    /** 1 / (1 − 0.99^t): what turns the running sums into averages. */
    private double correction() {
        return 1 / (1 - Math.pow(DECAY, batches));
    }

    double runningMean(int at) {
        return batches == 0 ? 0 : runMean[at] * correction();
    }

    double runningInvStd(int at) {
        return 1 / Math.sqrt((batches == 0 ? 1 : runVar[at] * correction()) + EPS);
    }
}
