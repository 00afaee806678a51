package org.activationexplorer.activation.trainable;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * SlafLoops' row loops on the Vector API (loaded only when the module is present), positions in the lanes; each
 * method takes a row's positions [0, bound) in whole vectors and returns bound, leaving the rest to SlafLoops. The
 * JIT did not vectorise the old scalar loops that mixed float data with double sums (~10 ns per element forward,
 * ~16 backward). Same arithmetic as SlafLoops: the row is x[row, row + n) (and y, dy, dx there); per-position terms
 * are at [i·L + j].
 */
final class SlafVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private SlafVectorKernel() {}

    /** s1, s2 [i·L + j] += d, d² with d = x^{i+1} − centre[i·L + j]. */
    static int moments(float[] x, int row, int n, int L, int k, float[] centre, float[] s1, float[] s2) {
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, row + j), p = v;
            for (int i = 0, at = j; i < k; i++, at += L) {
                FloatVector d = p.sub(FloatVector.fromArray(S, centre, at));
                d.add(FloatVector.fromArray(S, s1, at)).intoArray(s1, at);
                d.fma(d, FloatVector.fromArray(S, s2, at)).intoArray(s2, at);
                p = p.mul(v);
            }
        }
        return bound;
    }

    /** y = offset[j] + Σ_i coef[i·L + j]·x^{i+1}, by Horner. */
    static int polynomial(float[] x, float[] y, int row, int n, int L, int k, float[] coef, float[] offset) {
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, row + j);
            FloatVector h = FloatVector.fromArray(S, coef, (k - 1) * L + j);
            for (int i = k - 2; i >= 0; i--) {
                h = h.fma(v, FloatVector.fromArray(S, coef, i * L + j));
            }
            h.fma(v, FloatVector.fromArray(S, offset, j)).intoArray(y, row + j);
        }
        return bound;
    }

    /** a[j] += dy; b[i·L + j] += dy·(x^{i+1} − mu[i·L + j]). */
    static int gradientSums(float[] x, float[] dy, int row, int n, int L, int k, float[] mu, float[] a, float[] b) {
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, row + j), g = FloatVector.fromArray(S, dy, row + j), p = v;
            g.add(FloatVector.fromArray(S, a, j)).intoArray(a, j);
            for (int i = 0, at = j; i < k; i++, at += L) {
                g.fma(p.sub(FloatVector.fromArray(S, mu, at)), FloatVector.fromArray(S, b, at)).intoArray(b, at);
                p = p.mul(v);
            }
        }
        return bound;
    }

    /** dx = (dy − am[j])·P(x) − Q(x), P with k coefficients pc[d·L + j] of x^d, Q with 2k, qc[d·L + j]. */
    static int dx(float[] x, float[] dy, float[] dx, int row, int n, int L, int k, float[] pc, float[] qc, float[] am) {
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, row + j);
            FloatVector p = FloatVector.fromArray(S, pc, (k - 1) * L + j);
            for (int d = k - 2; d >= 0; d--) {
                p = p.fma(v, FloatVector.fromArray(S, pc, d * L + j));
            }
            FloatVector q = FloatVector.fromArray(S, qc, (2 * k - 1) * L + j);
            for (int d = 2 * k - 2; d >= 0; d--) {
                q = q.fma(v, FloatVector.fromArray(S, qc, d * L + j));
            }
            FloatVector g = FloatVector.fromArray(S, dy, row + j).sub(FloatVector.fromArray(S, am, j));
            g.fma(p, q.neg()).intoArray(dx, row + j);
        }
        return bound;
    }
}
