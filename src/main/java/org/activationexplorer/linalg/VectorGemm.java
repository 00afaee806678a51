package org.activationexplorer.linalg;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * GEMM on the JDK's Vector API (jdk.incubator.vector): a register-blocked kernel of 4 rows × 2 vectors that
 * broadcasts elements of A and multiplies them into rows of B with FMAs. A is read through strides, so the
 * same kernel serves A and Aᵀ. For Bᵀ it either transposes B into scratch (cheap when B is small next to the
 * product) or, when k is long and the output small (convolution weight gradients), takes dot products.
 *
 * <p>Load this class only when the module is present (see {@link Gemms}).
 */
final class VectorGemm implements Gemm, Parallel.Task {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private float[] transposed = new float[0]; // scratch for Bᵀ, grown on demand, never shrunk
    private float[] transposedA = new float[0]; // scratch for Aᵀ in the narrow path
    private float[] narrowResult = new float[0]; // scratch for Cᵀ in the narrow path
    private final float[] lanes = new float[L];  // one vector's lanes, for partial stores
    private final Gemm small = new ScalarGemm();
    private final Parallel parallel;   // null on one thread
    private final boolean ownsParallel;
    private final float[] workerLanes = new float[L];
    // the product being split: set before parallel.run, read by both parts
    private boolean jobDot, jobAccumulate;
    private int jobM, jobN, jobK, jobSi, jobSk, jobSplit;
    private float[] jobA, jobB, jobC;

    /** Products of at least this many flops are split over two threads (below, the hand-off costs more). */
    static final double PARALLEL_FLOPS = 4e6;

    VectorGemm(int threads) {
        if (threads < 1 || threads > 2) {
            throw new IllegalArgumentException("the Vector API GEMM runs on 1 or 2 threads, not " + threads);
        }
        parallel = threads == 2 ? new Parallel(2) : null;
        ownsParallel = true;
    }

    /** Splits products over a Parallel shared with other work (one worker thread for the whole network). */
    VectorGemm(Parallel shared) {
        parallel = shared.threads() == 2 ? shared : null;
        ownsParallel = false;
    }

    @Override
    public void close() {
        if (parallel != null && ownsParallel) {
            parallel.close();
        }
    }

    @Override
    public void multiply(boolean transA, boolean transB, int m, int n, int k, float[] a, float[] b, float[] c,
                         boolean accumulate) {
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            if (!accumulate) {
                Arrays.fill(c, 0, m * n, 0f);
            }
            return;
        }
        if (n < L) {
            if (m >= L) {
                narrow(transA, transB, m, n, k, a, b, c, accumulate);
            } else {
                small.multiply(transA, transB, m, n, k, a, b, c, accumulate); // too small to vectorise
            }
            return;
        }
        boolean dot = transB && !transA && k >= 2 * Math.max(m, n);
        if (transB && !dot) {
            b = transpose(b, n, k, false);
        }
        // element (i, p) of op(A) sits at a[i·si + p·sk]
        int si = transA ? 1 : k, sk = transA ? m : 1;
        boolean split = parallel != null && 2.0 * m * n * k >= PARALLEL_FLOPS && (dot ? n >= 4 : m >= 8);
        if (!split) {
            VectorGemmKernels.run(dot, 0, m, 0, n, m, n, k, a, si, sk, b, c, accumulate, lanes);
            return;
        }
        jobDot = dot;
        jobM = m;
        jobN = n;
        jobK = k;
        jobA = a;
        jobSi = si;
        jobSk = sk;
        jobB = b;
        jobC = c;
        jobAccumulate = accumulate;
        // the second part takes the second half of the rows (of the columns for dot products, where m is small)
        jobSplit = dot ? (n / 2) & ~1 : (m / 2) & ~3;
        parallel.run(this);
        jobA = jobB = jobC = null; // do not keep the caller's arrays alive
    }

    @Override
    public void run(int part, int parts) {
        int h = jobSplit;
        float[] partLanes = part == 0 ? lanes : workerLanes;
        if (jobDot) {
            VectorGemmKernels.run(true, 0, jobM, part == 0 ? 0 : h, part == 0 ? h : jobN, jobM, jobN, jobK, jobA, jobSi, jobSk, jobB,
                    jobC, jobAccumulate, partLanes);
        } else {
            VectorGemmKernels.run(false, part == 0 ? 0 : h, part == 0 ? h : jobM, 0, jobN, jobM, jobN, jobK, jobA, jobSi, jobSk, jobB,
                    jobC, jobAccumulate, partLanes);
        }
    }

    /**
     * Outputs narrower than one vector (logits: n = 10) as Cᵀ (n×m) = op(B)ᵀ·op(A)ᵀ, which runs with full
     * vectors along m, then Cᵀ is transposed back.
     */
    private void narrow(boolean transA, boolean transB, int m, int n, int k, float[] a, float[] b, float[] c,
                        boolean accumulate) {
        // B' = op(A)ᵀ (k×m) row-major: A itself when transA, else a transposed copy
        float[] bPrime = transA ? a : transpose(a, m, k, true);
        // A' = op(B)ᵀ (n×k): B (n×k) itself when transB, else B (k×n) read through strides
        int si = transB ? k : 1, sk = transB ? 1 : n;
        if (narrowResult.length < n * m) {
            narrowResult = new float[n * m];
        }
        float[] ct = narrowResult; // (n, m)
        VectorGemmKernels.broadcastKernel(0, n, m, k, b, si, sk, bPrime, ct, false, lanes);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[i * n + j] = accumulate ? c[i * n + j] + ct[j * m + i] : ct[j * m + i];
            }
        }
    }

    /** The transpose (cols×rows) of x (rows×cols), in one of the scratch buffers. */
    private float[] transpose(float[] x, int rows, int cols, boolean ofA) {
        float[] t = ofA ? transposedA : transposed;
        if (t.length < rows * cols) {
            t = new float[rows * cols];
            if (ofA) {
                transposedA = t;
            } else {
                transposed = t;
            }
        }
        for (int r0 = 0; r0 < rows; r0 += 32) { // 32×32 tiles keep both sides in L1
            int r1 = Math.min(rows, r0 + 32);
            for (int q0 = 0; q0 < cols; q0 += 32) {
                int q1 = Math.min(cols, q0 + 32);
                for (int r = r0; r < r1; r++) {
                    for (int q = q0; q < q1; q++) {
                        t[q * rows + r] = x[r * cols + q];
                    }
                }
            }
        }
        return t;
    }

    @Override
    public String name() {
        return parallel == null ? "vector-api" : "vector-api-2t";
    }
}
