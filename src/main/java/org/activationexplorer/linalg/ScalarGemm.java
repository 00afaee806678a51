package org.activationexplorer.linalg;

/** Plain-Java GEMM: the fallback when neither the Vector API nor a native BLAS is available. */
public final class ScalarGemm implements Gemm {

    @Override
    public void multiply(boolean transA, boolean transB, int m, int n, int k, float[] a, float[] b, float[] c,
                         boolean accumulate) {
        if (!accumulate) {
            java.util.Arrays.fill(c, 0, m * n, 0f);
        }
        // A is read through strides so one loop serves A and Aᵀ; i-k-j order keeps the inner loop contiguous in C
        int ai = transA ? 1 : k, ak = transA ? m : 1;
        int bk = transB ? 1 : n, bj = transB ? k : 1;
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            for (int p = 0; p < k; p++) {
                float aip = a[i * ai + p * ak];
                if (aip == 0f) {
                    continue;
                }
                int bo = p * bk;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += aip * b[bo + j * bj];
                }
            }
        }
    }

    @Override
    public String name() {
        return "java";
    }
}
