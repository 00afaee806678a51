package org.activationexplorer.linalg;

import java.util.concurrent.locks.LockSupport;

/**
 * Runs one task in two parts at once: part 0 on the calling thread, part 1 on a worker thread. Training
 * issues such tasks back to back, so the worker spins briefly between tasks and then parks, so an idle
 * worker costs no CPU. No allocation per task. Not for nested use; tasks come from one thread at a time.
 */
public final class Parallel implements AutoCloseable {
    /** A divisible piece of work: run(part, parts) does the part-th of `parts` shares. */
    @FunctionalInterface
    public interface Task {
        void run(int part, int parts);
    }

    private static final long SPIN_NANOS = 50_000;
    private final Thread worker;
    private volatile Task task;      // the volatile write in run() publishes everything the task reads
    private volatile long posted;
    private volatile long completed;
    private volatile boolean closed;
    private volatile Throwable failure;

    /** threads: 1 (everything runs on the caller) or 2. */
    public Parallel(int threads) {
        if (threads < 1 || threads > 2) {
            throw new IllegalArgumentException("1 or 2 threads, not " + threads);
        }
        if (threads == 1) {
            worker = null;
            return;
        }
        worker = new Thread(this::loop, "compute-worker");
        worker.setDaemon(true);
        worker.start();
    }

    public int threads() {
        return worker == null ? 1 : 2;
    }

    /** Runs task.run(0, n) here and task.run(1, n) on the worker; returns when both are done. */
    public void run(Task job) {
        if (worker == null) {
            job.run(0, 1);
            return;
        }
        task = job;
        long target = posted + 1;
        posted = target;
        LockSupport.unpark(worker);
        job.run(0, 2);
        while (completed != target) {
            Thread.onSpinWait();
        }
        Throwable t = failure;
        if (t != null) {
            failure = null;
            throw new IllegalStateException("the worker thread failed", t);
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
                task.run(1, 2);
            } catch (Throwable t) {
                failure = t;
            }
            completed = seen;
        }
    }

    @Override
    public void close() {
        closed = true;
        if (worker != null) {
            LockSupport.unpark(worker);
        }
    }
}
