package org.activationexplorer.activation.trainable;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.special.VectorApi;

/**
 * SLAF, the batch-normalised-monomial form the official code trains (Goyal, Goyal, Lall 2019, arXiv
 * 1906.09529; mohit1997/PAF taylor_batch_norm; spec §2.2): P_i = x^i (i = 1..k), Z_i = (P_i − μ_{c,i})/√(σ²_{c,i} + ε)
 * with the moments of each (channel, power) over the batch while training and running averages (decay 0.99)
 * otherwise, and y = Σ_i σ(att_i)·w_{c,i}·Z_i + bias_c with w_{c,i} = K_{c,i} + [i = 1].
 * Backward (spec §2.3): with G_i = g·s_i·w_{c,i}, ∂L/∂P_i = (G_i − mean G_i − Z_i·mean(G_i Z_i))/√(σ² + ε) and
 * ∂L/∂x = Σ_i ∂L/∂P_i·i·x^{i−1}; ∂L/∂K_{c,i} = Σ g·s_i·Z_i; ∂L/∂att_i = Σ g·s_i(1 − s_i)·w_{c,i}·Z_i; ∂L/∂bias_c = Σ g.
 * Parameters: att_1..att_k (shared by the layer), then per set K_1..K_k, bias (one set per layer, as the
 * official FC layers, or per channel, as its conv layers). Init as the code: K, att ~ N(0, 1), bias 0.1,
 * from the family's seed. ε = 1e-5 (the code's 1e-8 is too small in float, spec §2.6).
 */
public final class Slaf implements Activation {
    public static final Family FAMILY = new Family("slaf", "SLAF (normalised monomials)",
            "f(x) = Σᵢ σ(attᵢ)·wᵢ·BN(xⁱ) + bias, i = 1..k",
            "Goyal, Goyal, Lall: Learning Activation Functions: A new paradigm for understanding Neural Networks, "
                    + "2019, arXiv 1906.09529", true,
            List.of(Hyperparameter.integer("degree", 4, 1, 6, "highest power k"),
                    Hyperparameter.integer("seed", 1, 0, Integer.MAX_VALUE, "seed of the random initial coefficients")),
            List.of(), (p, init, sharing, channels) -> new Slaf(p.get("degree").intValue(), p.get("seed").longValue(),
                    sharing, channels));

    private final int k;
    private final int channels;
    private final boolean perChannel;
    private final float[] theta;     // att (k), then per set: K (k), bias
    private final float[] gradient;
    private final SlafStatistics stats; // (channels, k)
    private final double[] mean, invStd; // stats' arrays
    private final double[] sums;     // (2k) scratch: Σ G_i, Σ G_i·Z_i of one channel
    private final double[] gates;    // (k) σ(att_i) for the current call
    private final double[] acc;      // (2k + 1) scratch: one channel's ∂L/∂K, ∂L/∂att, ∂L/∂bias in double
    private boolean training = true;

    public Slaf(int degree, long seed, Sharing sharing, int channels) {
        this.k = degree;
        this.channels = channels;
        this.perChannel = sharing == Sharing.CHANNEL;
        int sets = perChannel ? channels : 1;
        theta = new float[k + sets * (k + 1)];
        gradient = new float[theta.length];
        Random random = new Random(seed);
        for (int i = 0; i < theta.length; i++) {
            theta[i] = (float) random.nextGaussian();
        }
        for (int s = 0; s < sets; s++) {
            theta[k + s * (k + 1) + k] = 0.1f; // bias
        }
        stats = new SlafStatistics(channels * k);
        mean = stats.mean;
        invStd = stats.invStd;
        sums = new double[2 * k];
        gates = new double[k];
        acc = new double[2 * k + 1];
    }

    private void computeGates() {
        for (int i = 0; i < k; i++) {
            gates[i] = 1 / (1 + Math.exp(-theta[i]));
        }
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

    private int set(int c) {
        return k + (perChannel ? c : 0) * (k + 1);
    }

    private static double gate(float att) {
        return 1 / (1 + Math.exp(-att));
    }

    /** Moments of x^i, i = 1..k, over channel c's elements (batch-major layout: stride over channels). */
    private void moments(float[] x, Shape s, int c) {
        Arrays.fill(sums, 0);
        int spatial = s.spatial(), count = s.batch() * spatial;
        for (int n = 0; n < s.batch(); n++) {
            for (int e = (n * channels + c) * spatial, end = e + spatial; e < end; e++) {
                double p = 1, v = x[e];
                for (int i = 0; i < k; i++) {
                    p *= v;
                    sums[i] += p;
                    sums[k + i] += p * p;
                }
            }
        }
        for (int i = 0; i < k; i++) {
            stats.setBatch(c * k + i, 0, sums[i], sums[k + i], count);
        }
    }

    @Override
    public void forward(float[] x, float[] y, Shape s) {
        int spatial = s.spatial();
        computeGates();
        if (spatial == 1) {
            denseForward(x, y, s.batch());
            return;
        }
        if (training) {
            for (int c = 0; c < channels; c++) {
                moments(x, s, c);
            }
            stats.endBatch();
        } else {
            stats.useRunning();
        }
        for (int c = 0; c < channels; c++) {
            int o = set(c);
            float bias = theta[o + k];
            for (int n = 0; n < s.batch(); n++) {
                for (int e = (n * channels + c) * spatial, end = e + spatial; e < end; e++) {
                    double p = 1, v = x[e], sum = bias;
                    for (int i = 0; i < k; i++) {
                        p *= v;
                        sum += gates[i] * (theta[o + i] + (i == 0 ? 1 : 0)) * (p - mean[c * k + i]) * invStd[c * k + i];
                    }
                    y[e] = (float) sum;
                }
            }
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape s) {
        int spatial = s.spatial(), count = s.batch() * spatial;
        computeGates();
        if (spatial == 1) {
            denseBackward(x, dy, dx, s.batch());
            return;
        }
        for (int c = 0; c < channels; c++) {
            int o = set(c);
            // pass 1: per power, Σ G_i and Σ G_i·Z_i, and the parameter gradients
            Arrays.fill(sums, 0);
            Arrays.fill(acc, 0);
            for (int n = 0; n < s.batch(); n++) {
                for (int e = (n * channels + c) * spatial, end = e + spatial; e < end; e++) {
                    double p = 1, v = x[e], g = dy[e];
                    acc[2 * k] += g;
                    for (int i = 0; i < k; i++) {
                        p *= v;
                        double z = (p - mean[c * k + i]) * invStd[c * k + i], gate = gates[i];
                        double w = theta[o + i] + (i == 0 ? 1 : 0), gi = g * gate * w;
                        sums[i] += gi;
                        sums[k + i] += gi * z;
                        acc[i] += g * gate * z;
                        acc[k + i] += g * gate * (1 - gate) * w * z;
                    }
                }
            }
            for (int i = 0; i < k; i++) {
                gradient[o + i] += (float) acc[i];
                gradient[i] += (float) acc[k + i];
            }
            gradient[o + k] += (float) acc[2 * k];
            // pass 2: dx through the normalisation (in inference mode it is a fixed affine map)
            for (int n = 0; n < s.batch(); n++) {
                for (int e = (n * channels + c) * spatial, end = e + spatial; e < end; e++) {
                    double p = 1, previous = 1, v = x[e], g = dy[e], sum = 0;
                    for (int i = 0; i < k; i++) {
                        previous = p; // x^i before this power: x^{(i+1)−1}
                        p *= v;
                        double z = (p - mean[c * k + i]) * invStd[c * k + i];
                        double gi = g * gates[i] * (theta[o + i] + (i == 0 ? 1 : 0));
                        double dp = training ? (gi - sums[i] / count - z * sums[k + i] / count) * invStd[c * k + i]
                                : gi * invStd[c * k + i];
                        sum += dp * (i + 1) * previous;
                    }
                    dx[e] = (float) sum;
                }
            }
        }
    }

    // After a dense layer, (batch, channels) with spatial = 1: the same arithmetic, looping over channels
    // innermost (contiguous, vectorised by the JIT) with one array entry per (power, channel), instead of a
    // strided walk per channel.
    private float[] dense = new float[0]; // scratch: powers (C), coefficients (k·C), offsets (C), Σg (C), Σg·Z (k·C)

    private float[] denseScratch() {
        int size = channels * (2 * k + 3);
        if (dense.length < size) {
            dense = new float[size];
        }
        return dense;
    }

    private static final boolean VECTOR = VectorApi.PRESENT;

    /** Per-(power, channel) float arrays of the Vector API path, allocated on first use. */
    private static final class Lanes {
        final float[] center, s1, s2, coef, offset, p, mu, a, b, pc, qc, am;

        Lanes(int k, int c) {
            center = new float[k * c];
            s1 = new float[k * c];
            s2 = new float[k * c];
            coef = new float[k * c];
            offset = new float[c];
            p = new float[c];
            mu = new float[k * c];
            a = new float[c];
            b = new float[k * c];
            pc = new float[k * c];
            qc = new float[2 * k * c];
            am = new float[c];
        }
    }

    private Lanes lanes;

    private Lanes lanes() {
        if (lanes == null) {
            lanes = new Lanes(k, channels);
        }
        return lanes;
    }

    private void denseForwardVector(float[] x, float[] y, int batch) {
        int c = channels;
        Lanes l = lanes();
        if (training) {
            SlafVectorKernel.moments(x, batch, c, k, l.center, l.s1, l.s2, l.p);
            for (int j = 0; j < c; j++) {
                for (int i = 0; i < k; i++) {
                    int at = i * c + j;
                    stats.setBatch(j * k + i, l.center[at], l.s1[at], l.s2[at], batch);
                }
            }
            stats.endBatch();
        } else {
            stats.useRunning();
        }
        for (int j = 0; j < c; j++) {
            int o = set(j);
            double offset = theta[o + k];
            for (int i = 0; i < k; i++) {
                double cf = gates[i] * (theta[o + i] + (i == 0 ? 1 : 0)) * invStd[j * k + i];
                l.coef[i * c + j] = (float) cf;
                offset -= cf * mean[j * k + i];
            }
            l.offset[j] = (float) offset;
        }
        SlafVectorKernel.polynomial(x, y, batch, c, k, l.coef, l.offset);
    }

    private void denseBackwardVector(float[] x, float[] dy, float[] dx, int batch) {
        int c = channels;
        Lanes l = lanes();
        for (int j = 0; j < c; j++) {
            for (int i = 0; i < k; i++) {
                l.mu[i * c + j] = (float) mean[j * k + i];
            }
        }
        SlafVectorKernel.gradientSums(x, dy, batch, c, k, l.mu, l.a, l.b);
        java.util.Arrays.fill(l.qc, 0f);
        for (int j = 0; j < c; j++) {
            int o = set(j);
            double a = l.a[j];
            gradient[o + k] += (float) a;
            for (int i = 0; i < k; i++) {
                double w = theta[o + i] + (i == 0 ? 1 : 0), mu = mean[j * k + i], inv = invStd[j * k + i];
                double bi = inv * l.b[i * c + j]; // B_i = Σ g·Z_i
                gradient[o + i] += (float) (gates[i] * bi);
                gradient[i] += (float) (gates[i] * (1 - gates[i]) * w * bi);
                double ai = gates[i] * w * inv * (i + 1);
                l.pc[i * c + j] = (float) ai;
                if (training) {
                    double qi = ai * inv * bi / batch;
                    l.qc[(2 * i + 1) * c + j] += (float) qi;
                    l.qc[i * c + j] -= (float) (qi * mu);
                }
            }
            l.am[j] = training ? (float) (a / batch) : 0f;
        }
        SlafVectorKernel.dx(x, dy, dx, batch, c, k, l.pc, l.qc, l.am);
    }

    private void denseForward(float[] x, float[] y, int batch) {
        if (VECTOR) {
            denseForwardVector(x, y, batch);
            return;
        }
        int c = channels;
        float[] buf = denseScratch();
        int pw = 0, coef = c, off = c + k * c;
        if (training) { // per (power, channel) moments over the batch, in double
            java.util.Arrays.fill(momentSums(), 0);
            double[] m = momentSums();
            for (int n = 0; n < batch; n++) {
                int row = n * c;
                System.arraycopy(x, row, buf, pw, c);
                for (int i = 0; i < k; i++) {
                    int a = i * c, b = (k + i) * c;
                    for (int j = 0; j < c; j++) {
                        double p = buf[pw + j];
                        m[a + j] += p;
                        m[b + j] += p * p;
                        buf[pw + j] *= x[row + j];
                    }
                }
            }
            for (int j = 0; j < c; j++) {
                for (int i = 0; i < k; i++) {
                    stats.setBatch(j * k + i, 0, m[i * c + j], m[(k + i) * c + j], batch);
                }
            }
            stats.endBatch();
        } else {
            stats.useRunning();
        }
        // y = bias − Σ_i coef_i·μ_i + Σ_i coef_i·x^i with coef_i = s_i·w_{c,i}/√(σ² + ε)
        for (int j = 0; j < c; j++) {
            int o = set(j);
            double offset = theta[o + k];
            for (int i = 0; i < k; i++) {
                double cf = gates[i] * (theta[o + i] + (i == 0 ? 1 : 0)) * invStd[j * k + i];
                buf[coef + i * c + j] = (float) cf;
                offset -= cf * mean[j * k + i];
            }
            buf[off + j] = (float) offset;
        }
        for (int n = 0; n < batch; n++) {
            int row = n * c;
            for (int j = 0; j < c; j++) {
                y[row + j] = buf[off + j];
                buf[pw + j] = x[row + j];
            }
            for (int i = 0; i < k; i++) {
                int a = coef + i * c;
                for (int j = 0; j < c; j++) {
                    y[row + j] += buf[a + j] * buf[pw + j];
                    buf[pw + j] *= x[row + j];
                }
            }
        }
    }

    private double[] moments = new double[0];

    private double[] momentSums() {
        if (moments.length < 2 * k * channels) {
            moments = new double[2 * k * channels];
        }
        return moments;
    }

    /**
     * With A = Σ_batch g and B_i = Σ_batch g·Z_i per channel: ∂L/∂K_i = s_i·B_i, ∂L/∂att_i = s_i(1 − s_i)·w_i·B_i,
     * ∂L/∂bias = A, and dx = Σ_i s_i·w_i·invStd_i·(g − A/M − Z_i·B_i/M)·i·x^{i−1} (the batch terms only in training).
     * B_i = invStd_i·(Σ g·x^i − μ_i·A), so the batch loop needs no Z. dx is rearranged per channel into two
     * polynomials, dx = (g − A/M)·P(x) − Q(x) with P of degree k−1 and Q of degree 2k−1, evaluated by Horner
     * with the channel innermost, so every loop here runs over contiguous channels and vectorises.
     */
    private void denseBackward(float[] x, float[] dy, float[] dx, int batch) {
        if (VECTOR) {
            denseBackwardVector(x, dy, dx, batch);
            return;
        }
        int c = channels;
        double[] sums = backwardScratch(); // A at [0, c), Σ g·x^{i+1} at [(1 + i)·c, …), then P and Q coefficients
        java.util.Arrays.fill(sums, 0, (k + 1) * c, 0);
        double[] power = powerScratch();
        for (int n = 0; n < batch; n++) {
            int row = n * c;
            for (int j = 0; j < c; j++) {
                double g = dy[row + j], v = x[row + j];
                sums[j] += g;
                power[j] = g * v;
            }
            for (int i = 0; i < k; i++) {
                int b = (1 + i) * c;
                for (int j = 0; j < c; j++) {
                    sums[b + j] += power[j];
                    power[j] *= x[row + j];
                }
            }
        }
        int pAt = (k + 1) * c, qAt = pAt + k * c; // P: k coefficients per channel, Q: 2k
        java.util.Arrays.fill(sums, qAt, qAt + 2 * k * c, 0);
        for (int j = 0; j < c; j++) {
            int o = set(j);
            double a = sums[j];
            gradient[o + k] += (float) a;
            for (int i = 0; i < k; i++) {
                double w = theta[o + i] + (i == 0 ? 1 : 0), mu = mean[j * k + i], inv = invStd[j * k + i];
                double bi = inv * (sums[(1 + i) * c + j] - mu * a); // B_i
                gradient[o + i] += (float) (gates[i] * bi);
                gradient[i] += (float) (gates[i] * (1 - gates[i]) * w * bi);
                double ai = gates[i] * w * inv * (i + 1); // coefficient of x^i in P
                sums[pAt + i * c + j] = ai;
                if (training) {
                    double qi = ai * inv * bi / batch;
                    sums[qAt + (2 * i + 1) * c + j] += qi;
                    sums[qAt + i * c + j] -= qi * mu;
                }
            }
            sums[j] = training ? a / batch : 0; // now A/M
        }
        double[] p = power, q = powerScratch2();
        for (int n = 0; n < batch; n++) {
            int row = n * c;
            System.arraycopy(sums, pAt + (k - 1) * c, p, 0, c);
            System.arraycopy(sums, qAt + (2 * k - 1) * c, q, 0, c);
            for (int d = 2 * k - 2; d >= 0; d--) {
                int qd = qAt + d * c;
                for (int j = 0; j < c; j++) {
                    q[j] = q[j] * x[row + j] + sums[qd + j];
                }
                if (d < k - 1) {
                    int pd = pAt + d * c;
                    for (int j = 0; j < c; j++) {
                        p[j] = p[j] * x[row + j] + sums[pd + j];
                    }
                }
            }
            for (int j = 0; j < c; j++) {
                dx[row + j] = (float) ((dy[row + j] - sums[j]) * p[j] - q[j]);
            }
        }
    }

    private double[] backward = new double[0];
    private double[] powers = new double[0];
    private double[] powers2 = new double[0];

    private double[] backwardScratch() {
        int size = (k + 1) * channels + 3 * k * channels;
        if (backward.length < size) {
            backward = new double[size];
        }
        return backward;
    }

    private double[] powerScratch() {
        if (powers.length < channels) {
            powers = new double[channels];
        }
        return powers;
    }

    private double[] powerScratch2() {
        if (powers2.length < channels) {
            powers2 = new double[channels];
        }
        return powers2;
    }

    @Override
    public double value(double x, int c) {
        int o = set(c);
        double p = 1, sum = theta[o + k];
        for (int i = 0; i < k; i++) {
            p *= x;
            sum += gate(theta[i]) * (theta[o + i] + (i == 0 ? 1 : 0)) * (p - stats.runningMean(c * k + i))
                    * stats.runningInvStd(c * k + i);
        }
        return sum;
    }

    @Override
    public double derivative(double x, int c) {
        int o = set(c);
        double previous = 1, sum = 0;
        for (int i = 0; i < k; i++) {
            sum += gate(theta[i]) * (theta[o + i] + (i == 0 ? 1 : 0)) * (i + 1) * previous * stats.runningInvStd(c * k + i);
            previous *= x;
        }
        return sum;
    }
}
