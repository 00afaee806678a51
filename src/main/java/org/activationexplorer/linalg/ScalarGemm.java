package org.activationexplorer.linalg;

import java.util.Arrays;

/** Plain-Java GEMM: the fallback when neither the Vector API nor a native BLAS is available. */
public final class ScalarGemm implements Gemm {
    private float[] transposed = new float[0]; // scratch for Bᵀ, grown on demand

    @Override
    public void multiply(boolean transA, boolean transB, int m, int n, int k, float[] a, float[] b, float[] c,
                         boolean accumulate) {
        if (!accumulate) {
            Arrays.fill(c, 0, m * n, 0f);
        }
        if (transB) { // make B row-major (k×n) so the inner loop runs over contiguous memory and C2 vectorises it
            if (transposed.length < n * k) {
                transposed = new float[n * k];
            }
            for (int j = 0; j < n; j++) {
                for (int p = 0; p < k; p++) {
                    transposed[p * n + j] = b[j * k + p];
                }
            }
            b = transposed;
        }
        // A is read through strides so one loop serves A and Aᵀ; i-k-j order keeps the inner loop contiguous
        int ai = transA ? 1 : k, ak = transA ? m : 1;
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            for (int p = 0; p < k; p++) {
                float aip = a[i * ai + p * ak];
                int bo = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += aip * b[bo + j];
                }
            }
        }
    }

    @Override
    public String name() {
        return "java";
    }
}
