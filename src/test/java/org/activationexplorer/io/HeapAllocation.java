package org.activationexplorer.io;

import java.lang.management.ManagementFactory;

/** Bytes a piece of code allocates on the heap, counted by HotSpot per thread: a bound that any -Xmx can check. */
public final class HeapAllocation {

    private HeapAllocation() {
    }

    /** Bytes allocated on the heap by this thread so far. */
    public static long soFar() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
