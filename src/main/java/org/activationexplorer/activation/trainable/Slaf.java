package org.activationexplorer.activation.trainable;

import java.util.List;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.special.Logistic;

/**
 * SLAF as the official code trains it (mohit1997/PAF taylor_batch_norm; spec §2.2–2.3): y = Σ_{i=1..k} s_i·w_i·Z_i +
 * bias, s_i = σ(att_i), w_i = K_i + [i = 1], Z_i = (x^i − μ_i)·r_i with r_i = 1/√(σ_i² + ε) from the moments of the
 * element's (channel, power) over the batch while training and running averages otherwise (SlafStatistics). Both passes
 * are polynomials of x with per-channel coefficients, which SlafLoops evaluates in one loop for every layout: forward,
 * y = Σ_i c_i·x^i + (bias − Σ_i c_i·μ_i) with c_i = s_i·w_i·r_i; backward, with A = Σ g and B_i = Σ g·Z_i over the
 * channel's M elements, ∂L/∂K_i = s_i·B_i, ∂L/∂att_i = s_i(1−s_i)·w_i·B_i, ∂L/∂bias = A and ∂L/∂x = Σ_i
 * i·c_i·x^{i−1}·(g − A/M − Z_i·B_i/M) = (g − A/M)·P(x) − Q(x) with P = Σ_i i·c_i·x^{i−1}, Q = Σ_i
 * i·c_i·r_i·(B_i/M)·(x^{2i−1} − μ_i·x^{i−1}); in inference, where the normalisation is a fixed affine map, without A/M
 * and B_i/M. θ: att_1..att_k, then per set (layer, as the code's FC layers, or channel, as its conv layers) K_1..K_k,
 * bias; statistics per channel either way, saved as state().
 */
public final class Slaf implements Activation {
    public static final Family FAMILY = new Family("slaf", "SLAF (normalised monomials)",
            "f(x) = Σᵢ σ(attᵢ)·wᵢ·BN(xⁱ) + bias, i = 1..k",
            "Goyal, Goyal, Lall: Learning Activation Functions: A new paradigm for understanding Neural Networks, "
                    + "2019, arXiv 1906.09529", true,
            List.of(Hyperparameter.integer("degree", 4, 1, 6, "highest power k"),
                    Hyperparameter.integer("seed", 1, 0, Integer.MAX_VALUE, "seed of the random initial coefficients")),
            List.of(), (p, init, sh, ch) -> new Slaf(p.get("degree").intValue(), p.get("seed").longValue(), sh, ch));

    private final int k, channels, setStride; // channel c's K and bias at k + c·setStride
    private final float[] theta, gradient;    // att (k), then per set: K (k), bias
    private final SlafStatistics stats;       // power i of channel c at [i·channels + c], as the loops' terms
    private final SlafLoops loops;
    private final double[] gates;             // s_i = σ(att_i) of the last forward, for backward
    private boolean training = true;

    public Slaf(int degree, long seed, Sharing sharing, int channels) {
        this.k = degree;
        this.channels = channels;
        this.setStride = sharing == Sharing.CHANNEL ? k + 1 : 0;
        theta = SlafInitial.parameters(k, setStride == 0 ? 1 : channels, seed);
        gradient = new float[theta.length];
        stats = new SlafStatistics(k * channels);
        loops = new SlafLoops(k, channels);
        gates = new double[k];
    }

    @Override
    public void forward(float[] x, float[] y, Shape s) {
        if (training) {
            loops.moments(x, s, stats);
        } else {
            stats.useRunning();
        }
        for (int i = 0; i < k; i++) {
            gates[i] = Logistic.sigmoid(theta[i]);
        }
        double[] coef = loops.coef, offset = loops.offset; // y = Σ_i c_i·x^i + offset
        for (int c = 0; c < channels; c++) {
            int o = k + c * setStride;
            offset[c] = theta[o + k];
            for (int i = 0, at = c; i < k; i++, at += channels) {
                coef[at] = gates[i] * w(o, i) * stats.invStd[at];
                offset[c] -= coef[at] * stats.mean[at];
            }
        }
        loops.polynomial(x, y, s);
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape s) {
        long m = (long) s.batch() * s.spatial();
        loops.gradientSums(x, dy, s, stats.mean);
        double[] a = loops.a, b = loops.b, p = loops.p, q = loops.q; // dx = (g − A/M)·P(x) − Q(x)
        java.util.Arrays.fill(q, 0);
        for (int c = 0; c < channels; c++) {
            int o = k + c * setStride;
            gradient[o + k] += (float) a[c];
            for (int i = 0, at = c; i < k; i++, at += channels) {
                double wi = w(o, i), inv = stats.invStd[at], bi = inv * b[at]; // B_i
                gradient[o + i] += (float) (gates[i] * bi);
                gradient[i] += (float) (gates[i] * (1 - gates[i]) * wi * bi);
                p[at] = (i + 1) * gates[i] * wi * inv;
                if (training) {
                    double qi = p[at] * inv * bi / m;
                    q[(2 * i + 1) * channels + c] += qi;
                    q[at] -= qi * stats.mean[at];
                }
            }
            loops.am[c] = training ? a[c] / m : 0;
        }
        loops.dx(x, dy, dx, s);
    }

    @Override
    public double value(double x, int c) {
        int o = k + c * setStride;
        double power = x, sum = theta[o + k]; // x^i
        for (int i = 0, at = c; i < k; i++, at += channels, power *= x) {
            sum += Logistic.sigmoid(theta[i]) * w(o, i) * (power - stats.runningMean(at)) * stats.runningInvStd(at);
        }
        return sum;
    }

    @Override
    public double derivative(double x, int c) {
        int o = k + c * setStride;
        double previous = 1, sum = 0; // x^{i−1}
        for (int i = 0, at = c; i < k; i++, at += channels, previous *= x) {
            sum += Logistic.sigmoid(theta[i]) * w(o, i) * (i + 1) * previous * stats.runningInvStd(at);
        }
        return sum;
    }

    private double w(int o, int i) { // w_i = K_i + [i = 1] for the set at o, with i counted from 0 here
        return theta[o + i] + (i == 0 ? 1 : 0);
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public float[] parameters() {
        return theta;
    }

    @Override
    public float[] parameterGradients() {
        return gradient;
    }

    @Override
    public void setTraining(boolean training) {
        this.training = training;
    }

    @Override
    public float[] state() {
        return stats.saved();
    }

    @Override
    public void restoreState(float[] saved) {
        stats.restore(saved);
    }
}
