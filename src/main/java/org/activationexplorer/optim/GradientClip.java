package org.activationexplorer.optim;

import java.util.List;

/**
 * Gradient clipping by global norm (Pascanu, Mikolov and Bengio 2013, arXiv 1211.5063; PyTorch's clip_grad_norm_):
 * when the L2 norm of all gradients together (weights, biases and activation parameters) exceeds a limit, every
 * gradient is multiplied by limit/norm, so the update keeps its direction and its norm is the limit. Allocates
 * nothing per call (it runs every training step).
 */
public final class GradientClip {
    private final float[][] gradients;

    public GradientClip(List<Parameter> parameters) {
        gradients = new float[parameters.size()][];
        for (int i = 0; i < gradients.length; i++) {
            gradients[i] = parameters.get(i).gradient();
        }
    }

    /** The global L2 norm of the gradients as they are now. */
    public double norm() {
        double sum = 0;
        for (float[] g : gradients) {
            sum += sumOfSquares(g);
        }
        return Math.sqrt(sum);
    }

    /** Scales the gradients to norm `limit` when their norm is above it (limit ≤ 0: never); returns the old norm. */
    public double clip(double limit) {
        double norm = norm();
        if (limit > 0 && norm > limit) { // a NaN norm is left alone: the loss check stops such a run
            float scale = (float) (limit / norm);
            for (float[] g : gradients) {
                for (int i = 0; i < g.length; i++) {
                    g[i] *= scale;
                }
            }
        }
        return norm;
    }

    /**
     * Σ g² of one array: eight float sums side by side, so the loop is not one chain of dependent additions (and no
     * float→double conversion per element, which costs C2 a false dependency each), each partial over an eighth of
     * the array; the exact double loop if the float sums overflow (|g| above about 1e19).
     */
    static double sumOfSquares(float[] g) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int n = g.length, i = 0;
        for (; i + 8 <= n; i += 8) {
            s0 += g[i] * g[i];
            s1 += g[i + 1] * g[i + 1];
            s2 += g[i + 2] * g[i + 2];
            s3 += g[i + 3] * g[i + 3];
            s4 += g[i + 4] * g[i + 4];
            s5 += g[i + 5] * g[i + 5];
            s6 += g[i + 6] * g[i + 6];
            s7 += g[i + 7] * g[i + 7];
        }
        double sum = (double) s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
        for (; i < n; i++) {
            sum += (double) g[i] * g[i];
        }
        if (Double.isInfinite(sum)) {
            sum = 0;
            for (float v : g) {
                sum += (double) v * v;
            }
        }
        return sum;
    }
}
