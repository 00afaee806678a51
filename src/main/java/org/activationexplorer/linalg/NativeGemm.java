package org.activationexplorer.linalg;

import dev.ludovic.netlib.blas.NativeBLAS;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The system BLAS (libblas.so.3, OpenBLAS where installed) through netlib-java's JNI binding. Row-major
 * C = op(A)·op(B) is column-major Cᵀ = op(B)ᵀ·op(A)ᵀ, so the operands swap places. OpenBLAS runs its own
 * thread pool (OPENBLAS_NUM_THREADS, default: every core).
 *
 * <p>Calls are serialised across the process: the window can multiply on two threads at once (a preview's or a
 * prediction's forward pass while a run trains), and OpenBLAS's pthread builds share one buffer pool and thread
 * server between callers, with races fixed only in releases after Debian 12's 0.3.21. CI once died with a glibc heap
 * abort in a window test that trains lesson after lesson; one caller at a time rules this library out. Training has
 * one caller, so the lock is uncontended there (a few ns against a GEMM's ≥ 10 µs).
 */
final class NativeGemm implements Gemm {
    private static final java.util.concurrent.locks.ReentrantLock ONE_CALLER =
            new java.util.concurrent.locks.ReentrantLock();
    private final NativeBLAS blas;
    private final String name;

    /** Throws when no native BLAS can be loaded. */
    NativeGemm() {
        blas = NativeBLAS.getInstance();
        float[] one = {1};
        multiply(false, false, 1, 1, 1, one, one, new float[1], false); // loads the library
        name = library();
    }

    @Override
    public void multiply(boolean transA, boolean transB, int m, int n, int k, float[] a, float[] b, float[] c,
                         boolean accumulate) {
        if (m == 0 || n == 0) {
            return;
        }
        ONE_CALLER.lock();
        try {
            blas.sgemm(transB ? "T" : "N", transA ? "T" : "N", n, m, k, 1f, b, transB ? k : n, a, transA ? m : k,
                    accumulate ? 1f : 0f, c, n);
        } finally {
            ONE_CALLER.unlock();
        }
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
