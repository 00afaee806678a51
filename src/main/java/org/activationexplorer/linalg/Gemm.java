package org.activationexplorer.linalg;

/**
 * Single-precision matrix multiply on dense row-major arrays: C(m×n) = op(A)·op(B), or C += op(A)·op(B)
 * when accumulate is set. op(A) is A (m×k) or, with transA, Aᵀ where A is stored (k×m); likewise op(B)
 * is B (k×n) or Bᵀ with B stored (n×k). Arrays may be longer than needed; only the leading elements are
 * used. a, b [read]; c [written] or [accumulated].
 *
 * <p>Implementations may keep scratch space, so one instance serves one thread at a time.
 */
public interface Gemm extends AutoCloseable {

    void multiply(boolean transA, boolean transB, int m, int n, int k, float[] a, float[] b, float[] c,
                  boolean accumulate);

    /** A short name for benchmarks and run files, e.g. "vector-api", "openblas-jni", "java". */
    String name();

    /** Releases threads the backend started; the instance must not be used afterwards. */
    @Override
    default void close() {}
}
