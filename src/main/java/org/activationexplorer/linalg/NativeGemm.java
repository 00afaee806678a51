package org.activationexplorer.linalg;

import dev.ludovic.netlib.blas.NativeBLAS;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The system BLAS (libblas.so.3, OpenBLAS where installed) through netlib-java's JNI binding. Row-major
 * C = op(A)·op(B) is column-major Cᵀ = op(B)ᵀ·op(A)ᵀ, so the operands swap places. OpenBLAS runs its own
 * thread pool (OPENBLAS_NUM_THREADS, default: every core).
 */
final class NativeGemm implements Gemm {
    private final NativeBLAS blas;
    private final String name;

    /** Throws when no native BLAS can be loaded. */
    NativeGemm() {
        blas = NativeBLAS.getInstance();
        float[] one = {1};
        blas.sgemm("N", "N", 1, 1, 1, 1f, one, 1, one, 1, 0f, new float[1], 1); // loads the library
        name = library();
    }

    @Override
    public void multiply(boolean transA, boolean transB, int m, int n, int k, float[] a, float[] b, float[] c,
                         boolean accumulate) {
        if (m == 0 || n == 0) {
            return;
        }
        blas.sgemm(transB ? "T" : "N", transA ? "T" : "N", n, m, k, 1f, b, transB ? k : n, a, transA ? m : k,
                accumulate ? 1f : 0f, c, n);
    }

    /** "openblas-jni" when the process mapped an OpenBLAS library, else "native-blas-jni". */
    private static String library() {
        try {
            return Files.readString(Path.of("/proc/self/maps")).contains("openblas") ? "openblas-jni" : "native-blas-jni";
        } catch (IOException | RuntimeException e) {
            return "native-blas-jni";
        }
    }

    @Override
    public String name() {
        return name;
    }
}
