package org.activationexplorer.ui;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Supplier;

/**
 * Redraws a window's canvases after a change, at the pace the renderer affords (RedrawPacer). While training, one
 * canvas a pulse: the software renderer rasterises a canvas's commands in the next pulse, and all of them in one
 * pulse made it 40-55 ms long (p99, panels filling a 1440×900 window); one at a time keeps each pulse short. Otherwise
 * (paused, finished, replay, preview) all at once, so a seek shows the whole frame. For the main window and the race.
 */
final class CanvasQueue {
    private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
    private final RedrawPacer pacer = new RedrawPacer();
    private boolean stale;
    private long lastPulse;

    /** Something on the canvases changed: redraw them at the next allowed pulse. */
    void invalidate() {
        stale = true;
    }

    /**
     * Once per pulse. canvases: the redraws of this round, asked for only when a round begins (after any change of
     * structure it needs). Returns true if a round began.
     */
    boolean pulse(long now, boolean training, Supplier<List<Runnable>> canvases) {
        boolean allowed = pacer.pulse(now, lastPulse == 0 ? 0 : now - lastPulse);
        lastPulse = now;
        boolean began = false;
        if (stale && pending.isEmpty() && (allowed || !training)) {
            pending.addAll(canvases.get());
            stale = false;
            began = true;
        }
        do {
            Runnable next = pending.poll();
            if (next != null) {
                next.run();
                if (pending.isEmpty()) {
                    pacer.drew(now);
                }
            }
        } while (!training && !pending.isEmpty());
        return began;
    }
}
