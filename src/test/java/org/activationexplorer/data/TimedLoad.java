package org.activationexplorer.data;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.activationexplorer.io.HeapAllocation;

/**
 * Dataset.load on a thread of its own, with a time limit, counting the bytes it allocates: a load blocked on a pipe
 * then fails its test instead of hanging the build, and an allocation bound can be checked whatever the heap.
 */
final class TimedLoad {
    private static final long SECONDS = 30;
    private static final ExecutorService LOADER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "timed-load");
        t.setDaemon(true); // a load blocked on a pipe must not keep the test JVM alive
        return t;
    });

    /** What one load did: the dataset or what was thrown (an OutOfMemoryError included), and the bytes allocated. */
    record Outcome(Dataset data, Throwable thrown, long allocated) {
    }

    private TimedLoad() {
    }

    static Outcome of(Path folder) throws Exception {
        return LOADER.submit(() -> {
            long start = HeapAllocation.soFar();
            try {
                Dataset d = Dataset.load(folder);
                return new Outcome(d, null, HeapAllocation.soFar() - start);
            } catch (Throwable t) {
                return new Outcome(null, t, HeapAllocation.soFar() - start);
            }
        }).get(SECONDS, TimeUnit.SECONDS);
    }
}
