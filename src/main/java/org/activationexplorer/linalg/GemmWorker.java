package org.activationexplorer.linalg;

import java.util.concurrent.locks.LockSupport;

/**
 * The second thread of a two-thread VectorGemm: computes one part of a product while the caller computes
 * the other. It spins briefly between jobs (a training step issues products back to back) and then parks,
 * so an idle worker costs no CPU. One job at a time; post and await come from the same caller thread.
 */
final class GemmWorker implements AutoCloseable {
    private static final long SPIN_NANOS = 50_000;
    private final Thread thread;
    private final float[] lanes = new float[jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.length()];
    private volatile long posted;    // jobs posted; the volatile write publishes the job fields below
    private volatile long completed; // jobs finished
    private volatile boolean closed;
    private volatile Throwable failure;
    private boolean dot, accumulate;
    private int i0, i1, j0, j1, m, n, k, si, sk;
    private float[] a, b, c;

    GemmWorker() {
        thread = new Thread(this::loop, "gemm-worker");
        thread.setDaemon(true);
        thread.start();
    }

    void post(boolean dot, int i0, int i1, int j0, int j1, int m, int n, int k, float[] a, int si, int sk, float[] b,
              float[] c, boolean accumulate) {
        this.dot = dot;
        this.i0 = i0;
        this.i1 = i1;
        this.j0 = j0;
        this.j1 = j1;
        this.m = m;
        this.n = n;
        this.k = k;
        this.a = a;
        this.si = si;
        this.sk = sk;
        this.b = b;
        this.c = c;
        this.accumulate = accumulate;
        posted = posted + 1;
        LockSupport.unpark(thread);
    }

    /** Waits for the posted job; rethrows what it threw. */
    void await() {
        long target = posted;
        while (completed != target) {
            Thread.onSpinWait();
        }
        Throwable t = failure;
        if (t != null) {
            failure = null;
            throw new IllegalStateException("GEMM worker failed", t);
        }
    }

    private void loop() {
        long seen = 0;
        while (true) {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (posted == seen && !closed) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            if (closed) {
                return;
            }
            seen = posted;
            try {
                VectorGemm.run(dot, i0, i1, j0, j1, m, n, k, a, si, sk, b, c, accumulate, lanes);
            } catch (Throwable t) {
                failure = t;
            }
            a = b = c = null; // do not keep the caller's arrays alive
            completed = seen;
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }
}
