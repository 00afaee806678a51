package org.activationexplorer.session;

/**
 * Training speed over the recent batches, in samples per second of wall time, so that in slow motion (1 batch a
 * second) it reads 128 samples/s and gives an ETA, not 0. Pauses and evaluations are not training: the caller
 * restarts the meter after them (restart()). Times are nanoseconds, passed in for tests.
 */
final class SpeedMeter {
    private static final int WINDOW = 64;
    private final long[] ends = new long[WINDOW];
    private final int[] samples = new int[WINDOW];
    private long begun = Long.MIN_VALUE; // when the current stretch of training began
    private int count;

    /** A batch of n samples ended at `end`; `start` is when it began (used for the first batch of a stretch). */
    void batch(long start, long end, int n) {
        if (count == 0) {
            begun = start;
        }
        ends[count % WINDOW] = end;
        samples[count % WINDOW] = n;
        count++;
    }

    /** Forget the stretch so far (after a pause, an evaluation, a restore). */
    void restart() {
        count = 0;
    }

    /** Samples per second over the recent batches of this stretch; NaN before the first batch. */
    double samplesPerSecond() {
        if (count == 0) {
            return Double.NaN;
        }
        long newest = ends[(count - 1) % WINDOW];
        long from; // when the counted batches began
        int n;     // how many are counted
        if (count <= WINDOW) { // the whole stretch, from its start
            from = begun;
            n = count;
        } else {               // the last WINDOW - 1 batches, from the end of the one before them
            from = ends[count % WINDOW];
            n = WINDOW - 1;
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += samples[(count - 1 - i) % WINDOW];
        }
        double seconds = (newest - from) / 1e9;
        return seconds > 0 ? total / seconds : Double.NaN;
    }
}
