package org.activationexplorer.ui;

/**
 * How often the plots may be redrawn while training runs, adapted to what the renderer can afford. A redraw's
 * cost shows in the next pulse interval (the render thread rasterises the canvases before the following pulse);
 * where rendering is in software on two cores, as under Xvfb, 15 redraws a second made pulses of 100 ms and took
 * a quarter of the training's speed (measured: 5 a second gave pulses p99 21 ms and full training speed). So: the
 * gap between redraws grows while the pulse after a redraw is slow and shrinks back while it is quick, between
 * 1/15 s and 1/4 s. Pure arithmetic on nanosecond times, for tests; not thread-safe (the FX thread's).
 */
final class RedrawPacer {
    static final long MIN_GAP = 1_000_000_000L / 15;
    static final long MAX_GAP = 1_000_000_000L / 4;
    private static final long SLOW_PULSE = 25_000_000L; // above a 60 Hz pulse and its jitter
    private long gap = MIN_GAP;
    private long lastDraw = Long.MIN_VALUE / 2;
    private boolean justDrew;

    /** Called each pulse with its interval since the last pulse; true if the plots may be redrawn now. */
    boolean pulse(long now, long interval) {
        if (justDrew) {
            justDrew = false;
            gap = interval > SLOW_PULSE ? Math.min(MAX_GAP, gap + gap / 4) : Math.max(MIN_GAP, gap - gap / 10);
        }
        return now - lastDraw >= gap;
    }

    /** The plots were redrawn at now. */
    void drew(long now) {
        lastDraw = now;
        justDrew = true;
    }

    long gap() {
        return gap;
    }
}
