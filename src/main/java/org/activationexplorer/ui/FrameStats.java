package org.activationexplorer.ui;

import java.util.Arrays;
import java.util.Locale;

/** Frame intervals and the time spent drawing per frame, for the p50/p99 figures in the notes. */
final class FrameStats {
    private final long[] intervals = new long[4096];
    private final long[] work = new long[4096];
    private int count;
    private long last;

    void frame(long now, long workNanos) {
        if (last != 0) {
            intervals[count % intervals.length] = now - last;
            work[count % work.length] = workNanos;
            count++;
        }
        last = now;
    }

    /** Forgets the frames so far (the first seconds are JIT warm-up for the drawing code and the training). */
    void reset() {
        count = 0;
        last = 0;
    }

    String summary() {
        int n = Math.min(count, intervals.length);
        if (n == 0) {
            return "no frames";
        }
        long[] i = Arrays.copyOf(intervals, n), w = Arrays.copyOf(work, n);
        Arrays.sort(i);
        Arrays.sort(w);
        return String.format(Locale.ROOT, "%d frames: pulse interval p50 %.1f ms p99 %.1f ms; drawing p50 %.2f ms p99 %.2f ms",
                n, i[n / 2] / 1e6, i[(int) (n * 0.99)] / 1e6, w[n / 2] / 1e6, w[(int) (n * 0.99)] / 1e6);
    }
}
