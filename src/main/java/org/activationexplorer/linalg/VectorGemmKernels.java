package org.activationexplorer.linalg;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * VectorGemm's kernels, stateless: the register-blocked broadcast kernel (4 rows × 2 vectors of C, FMAs of broadcast
 * elements of A into rows of B, k in blocks of KC) and the dot kernel for A·Bᵀ with a long k. Any scratch they need
 * (one vector's lanes for partial stores) comes from the caller, one per thread.
 */
final class VectorGemmKernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int KC = 256;

    private VectorGemmKernels() {}

    /** Rows [i0, i1) and columns [j0, j1) of C; the dot kernel splits columns, the broadcast kernel rows. */
    static void run(boolean dot, int i0, int i1, int j0, int j1, int m, int n, int k, float[] a, int si, int sk,
                    float[] b, float[] c, boolean accumulate, float[] lanes) {
        if (dot) {
            dots(j0, j1, m, n, k, a, b, c, accumulate);
        } else {
            broadcastKernel(i0, i1, n, k, a, si, sk, b, c, accumulate, lanes);
        }
    }

    /** Rows [i0, m) of C(·×n) (+)= op(A)·B with B (k×n) row-major. */
    static void broadcastKernel(int i0, int m, int n, int k, float[] a, int si, int sk, float[] b,
                                        float[] c, boolean accumulate, float[] lanes) {
        // k in blocks of KC rows of B, so a 2-vector strip of B (KC × 2L floats) stays in L1 across row blocks
        int blocks = (k + KC - 1) / KC, kc = (k + blocks - 1) / blocks; // equal blocks: no short last block
        for (int k0 = 0; k0 < k; k0 += kc) {
            kernelBlock(i0, m, n, k0, Math.min(k, k0 + kc), a, si, sk, b, c, accumulate || k0 > 0, lanes);
        }
    }

    /** Rows [i0, m) of C over the k range [k0, k1). */
    private static void kernelBlock(int i0, int m, int n, int k0, int k1, float[] a, int si, int sk, float[] b,
                                    float[] c, boolean acc, float[] lanes) {
        int j = 0;
        for (; j + 2 * L <= n; j += 2 * L) {
            int i = i0;
            for (; i + 4 <= m; i += 4) {
                block4x2(i, j, n, k0, k1, a, si, sk, b, c, acc);
            }
            for (; i < m; i++) {
                row1(i, j, n, k0, k1, a, si, sk, b, c, acc, 0, lanes);
                row1(i, j + L, n, k0, k1, a, si, sk, b, c, acc, 0, lanes);
            }
        }
        for (; j + L <= n; j += L) {
            int i = i0;
            for (; i + 4 <= m; i += 4) {
                block4x1(i, j, n, k0, k1, a, si, sk, b, c, acc, 0, lanes);
            }
            for (; i < m; i++) {
                row1(i, j, n, k0, k1, a, si, sk, b, c, acc, 0, lanes);
            }
        }
        if (j < n) { // a ragged tail: full vectors over the last L columns, storing only the lanes past j
            int first = j - (n - L);
            int i = i0;
            for (; i + 4 <= m; i += 4) {
                block4x1(i, n - L, n, k0, k1, a, si, sk, b, c, acc, first, lanes);
            }
            for (; i < m; i++) {
                row1(i, n - L, n, k0, k1, a, si, sk, b, c, acc, first, lanes);
            }
        }
    }

    private static void block4x2(int i, int j, int n, int k0, int k1, float[] a, int si, int sk, float[] b, float[] c,
                                 boolean accumulate) {
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00,
                c31 = c00;
        int a0 = i * si, a1 = a0 + si, a2 = a1 + si, a3 = a2 + si;
        for (int p = k0, bo = k0 * n + j, ao = k0 * sk; p < k1; p++, bo += n, ao += sk) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo), b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector x = FloatVector.broadcast(S, a[a0 + ao]);
            c00 = b0.fma(x, c00);
            c01 = b1.fma(x, c01);
            x = FloatVector.broadcast(S, a[a1 + ao]);
            c10 = b0.fma(x, c10);
            c11 = b1.fma(x, c11);
            x = FloatVector.broadcast(S, a[a2 + ao]);
            c20 = b0.fma(x, c20);
            c21 = b1.fma(x, c21);
            x = FloatVector.broadcast(S, a[a3 + ao]);
            c30 = b0.fma(x, c30);
            c31 = b1.fma(x, c31);
        }
        int r = i * n + j;
        store(c00, c, r, accumulate);
        store(c01, c, r + L, accumulate);
        store(c10, c, r + n, accumulate);
        store(c11, c, r + n + L, accumulate);
        store(c20, c, r + 2 * n, accumulate);
        store(c21, c, r + 2 * n + L, accumulate);
        store(c30, c, r + 3 * n, accumulate);
        store(c31, c, r + 3 * n + L, accumulate);
    }

    /** Rows i..i+3, columns j..j+L, storing lanes from `first` on (JDK 17 has no fast masked loads). */
    private static void block4x1(int i, int j, int n, int k0, int k1, float[] a, int si, int sk, float[] b, float[] c,
                                 boolean accumulate, int first, float[] lanes) {
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        int a0 = i * si, a1 = a0 + si, a2 = a1 + si, a3 = a2 + si;
        for (int p = k0, bo = k0 * n + j, ao = k0 * sk; p < k1; p++, bo += n, ao += sk) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            c0 = b0.fma(FloatVector.broadcast(S, a[a0 + ao]), c0);
            c1 = b0.fma(FloatVector.broadcast(S, a[a1 + ao]), c1);
            c2 = b0.fma(FloatVector.broadcast(S, a[a2 + ao]), c2);
            c3 = b0.fma(FloatVector.broadcast(S, a[a3 + ao]), c3);
        }
        int r = i * n + j;
        storeLanes(c0, c, r, accumulate, first, lanes);
        storeLanes(c1, c, r + n, accumulate, first, lanes);
        storeLanes(c2, c, r + 2 * n, accumulate, first, lanes);
        storeLanes(c3, c, r + 3 * n, accumulate, first, lanes);
    }

    private static void row1(int i, int j, int n, int k0, int k1, float[] a, int si, int sk, float[] b, float[] c,
                             boolean accumulate, int first, float[] lanes) {
        FloatVector acc = FloatVector.zero(S);
        for (int p = k0, bo = k0 * n + j, ao = i * si + k0 * sk; p < k1; p++, bo += n, ao += sk) {
            acc = FloatVector.fromArray(S, b, bo).fma(FloatVector.broadcast(S, a[ao]), acc);
        }
        storeLanes(acc, c, i * n + j, accumulate, first, lanes);
    }

    private static void storeLanes(FloatVector v, float[] c, int offset, boolean accumulate, int first,
                                   float[] lanes) {
        if (first == 0) {
            store(v, c, offset, accumulate);
            return;
        }
        v.intoArray(lanes, 0);
        for (int l = first; l < L; l++) {
            c[offset + l] = accumulate ? c[offset + l] + lanes[l] : lanes[l];
        }
    }

    private static void store(FloatVector v, float[] c, int offset, boolean accumulate) {
        (accumulate ? v.add(FloatVector.fromArray(S, c, offset)) : v).intoArray(c, offset);
    }


    /** Columns [j0, jEnd) of C(m×n) (+)= A·Bᵀ, A (m×k), B (n×k): dot products along k, 2×2 at a time. */
    private static void dots(int j0, int jEnd, int m, int n, int k, float[] a, float[] b, float[] c,
                             boolean accumulate) {
        int kv = S.loopBound(k);
        for (int i = 0; i < m; i += 2) {
            int i1 = Math.min(i + 1, m - 1); // an odd last row is computed twice and stored once
            for (int j = j0; j < jEnd; j += 2) {
                int j1 = Math.min(j + 1, jEnd - 1);
                FloatVector s00 = FloatVector.zero(S), s01 = s00, s10 = s00, s11 = s00;
                int ra0 = i * k, ra1 = i1 * k, rb0 = j * k, rb1 = j1 * k;
                int p = 0;
                for (; p < kv; p += L) {
                    FloatVector x0 = FloatVector.fromArray(S, a, ra0 + p), x1 = FloatVector.fromArray(S, a, ra1 + p);
                    FloatVector y0 = FloatVector.fromArray(S, b, rb0 + p), y1 = FloatVector.fromArray(S, b, rb1 + p);
                    s00 = x0.fma(y0, s00);
                    s01 = x0.fma(y1, s01);
                    s10 = x1.fma(y0, s10);
                    s11 = x1.fma(y1, s11);
                }
                float d00 = s00.reduceLanes(VectorOperators.ADD), d01 = s01.reduceLanes(VectorOperators.ADD);
                float d10 = s10.reduceLanes(VectorOperators.ADD), d11 = s11.reduceLanes(VectorOperators.ADD);
                for (; p < k; p++) {
                    d00 += a[ra0 + p] * b[rb0 + p];
                    d01 += a[ra0 + p] * b[rb1 + p];
                    d10 += a[ra1 + p] * b[rb0 + p];
                    d11 += a[ra1 + p] * b[rb1 + p];
                }
                put(c, i * n + j, d00, accumulate);
                if (j1 != j) {
                    put(c, i * n + j1, d01, accumulate);
                }
                if (i1 != i) {
                    put(c, i1 * n + j, d10, accumulate);
                    if (j1 != j) {
                        put(c, i1 * n + j1, d11, accumulate);
                    }
                }
            }
        }
    }

    private static void put(float[] c, int index, float value, boolean accumulate) {
        c[index] = accumulate ? c[index] + value : value;
    }
}
