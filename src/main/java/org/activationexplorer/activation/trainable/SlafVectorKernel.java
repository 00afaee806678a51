package org.activationexplorer.activation.trainable;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * SLAF's dense loops on the Vector API (loaded only when the module is present), channels in the lanes. The
 * JIT did not vectorise the scalar loops (they mix float data with double sums: ~10 ns per element forward,
 * ~16 backward). Batch sums here are float, taken about a centre (the first row's powers, or the batch mean)
 * so that the variance and Σ g·(p − μ) do not cancel; per-channel results go to double in the caller.
 */
final class SlafVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private SlafVectorKernel() {}

    /**
     * center[i·c + j] = x[0, j]^{i+1}; s1, s2 [i·c + j] = Σ_n d, Σ_n d² with d = x[n, j]^{i+1} − center. p: (c) scratch.
     */
    static void moments(float[] x, int batch, int c, int k, float[] center, float[] s1, float[] s2, float[] p) {
        for (int j = 0; j < c; j++) {
            float v = x[j], q = v;
            for (int i = 0; i < k; i++) {
                center[i * c + j] = q;
                s1[i * c + j] = 0;
                s2[i * c + j] = 0;
                q *= v;
            }
        }
        int bound = S.loopBound(c);
        for (int n = 0; n < batch; n++) {
            int row = n * c;
            int j = 0;
            for (; j < bound; j += S.length()) {
                FloatVector v = FloatVector.fromArray(S, x, row + j), q = v;
                for (int i = 0; i < k; i++) {
                    int at = i * c + j;
                    FloatVector d = q.sub(FloatVector.fromArray(S, center, at));
                    d.add(FloatVector.fromArray(S, s1, at)).intoArray(s1, at);
                    d.fma(d, FloatVector.fromArray(S, s2, at)).intoArray(s2, at);
                    q = q.mul(v);
                }
            }
            for (; j < c; j++) {
                float v = x[row + j], q = v;
                for (int i = 0; i < k; i++) {
                    int at = i * c + j;
                    float d = q - center[at];
                    s1[at] += d;
                    s2[at] += d * d;
                    q *= v;
                }
            }
        }
    }

    /** y[n, j] = offset[j] + Σ_i coef[i·c + j]·x^{i+1}, by Horner. */
    static void polynomial(float[] x, float[] y, int batch, int c, int k, float[] coef, float[] offset) {
        int bound = S.loopBound(c);
        for (int n = 0; n < batch; n++) {
            int row = n * c, j = 0;
            for (; j < bound; j += S.length()) {
                FloatVector v = FloatVector.fromArray(S, x, row + j);
                FloatVector h = FloatVector.fromArray(S, coef, (k - 1) * c + j);
                for (int i = k - 2; i >= 0; i--) {
                    h = h.fma(v, FloatVector.fromArray(S, coef, i * c + j));
                }
                h.fma(v, FloatVector.fromArray(S, offset, j)).intoArray(y, row + j);
            }
            for (; j < c; j++) {
                float v = x[row + j], h = coef[(k - 1) * c + j];
                for (int i = k - 2; i >= 0; i--) {
                    h = h * v + coef[i * c + j];
                }
                y[row + j] = h * v + offset[j];
            }
        }
    }

    /** a[j] = Σ_n dy; b[i·c + j] = Σ_n dy·(x^{i+1} − mu[i·c + j]). */
    static void gradientSums(float[] x, float[] dy, int batch, int c, int k, float[] mu, float[] a, float[] b) {
        java.util.Arrays.fill(a, 0, c, 0f);
        java.util.Arrays.fill(b, 0, k * c, 0f);
        int bound = S.loopBound(c);
        for (int n = 0; n < batch; n++) {
            int row = n * c, j = 0;
            for (; j < bound; j += S.length()) {
                FloatVector v = FloatVector.fromArray(S, x, row + j), g = FloatVector.fromArray(S, dy, row + j), q = v;
                g.add(FloatVector.fromArray(S, a, j)).intoArray(a, j);
                for (int i = 0; i < k; i++) {
                    int at = i * c + j;
                    g.fma(q.sub(FloatVector.fromArray(S, mu, at)), FloatVector.fromArray(S, b, at)).intoArray(b, at);
                    q = q.mul(v);
                }
            }
            for (; j < c; j++) {
                float v = x[row + j], g = dy[row + j], q = v;
                a[j] += g;
                for (int i = 0; i < k; i++) {
                    b[i * c + j] += g * (q - mu[i * c + j]);
                    q *= v;
                }
            }
        }
    }

    /** dx = (dy − am[j])·P(x) − Q(x), P with k coefficients pc[d·c + j], Q with 2k coefficients qc[d·c + j]. */
    static void dx(float[] x, float[] dy, float[] dx, int batch, int c, int k, float[] pc, float[] qc, float[] am) {
        int bound = S.loopBound(c);
        for (int n = 0; n < batch; n++) {
            int row = n * c, j = 0;
            for (; j < bound; j += S.length()) {
                FloatVector v = FloatVector.fromArray(S, x, row + j);
                FloatVector p = FloatVector.fromArray(S, pc, (k - 1) * c + j);
                for (int d = k - 2; d >= 0; d--) {
                    p = p.fma(v, FloatVector.fromArray(S, pc, d * c + j));
                }
                FloatVector q = FloatVector.fromArray(S, qc, (2 * k - 1) * c + j);
                for (int d = 2 * k - 2; d >= 0; d--) {
                    q = q.fma(v, FloatVector.fromArray(S, qc, d * c + j));
                }
                FloatVector g = FloatVector.fromArray(S, dy, row + j).sub(FloatVector.fromArray(S, am, j));
                g.fma(p, q.neg()).intoArray(dx, row + j);
            }
            for (; j < c; j++) {
                float v = x[row + j], p = pc[(k - 1) * c + j], q = qc[(2 * k - 1) * c + j];
                for (int d = k - 2; d >= 0; d--) {
                    p = p * v + pc[d * c + j];
                }
                for (int d = 2 * k - 2; d >= 0; d--) {
                    q = q * v + qc[d * c + j];
                }
                dx[row + j] = (dy[row + j] - am[j]) * p - q;
            }
        }
    }
}
