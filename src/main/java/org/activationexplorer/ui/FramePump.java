package org.activationexplorer.ui;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import org.activationexplorer.session.Snapshot;

/**
 * Once per FX pulse: takes the model's newest frame and redraws the plots at the pace the renderer affords
 * (RedrawPacer; every pulse while nothing trains). With -Dexplorer.frameStats=true it prints the status, the
 * epochs' training speed and the frame timings every 5 s, and slow frames as they happen.
 */
final class FramePump extends AnimationTimer {
    final FrameStats frames = new FrameStats();
    private final RedrawPacer pacer = new RedrawPacer();
    private final WindowModel model;
    private final Supplier<List<Runnable>> redraw;
    private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
    private final boolean report;
    private final Supplier<String> status;
    private boolean stale;
    private ViewFrame drawn;
    private long lastPulse;
    private long lastReport;
    private boolean warmedUp;

    /** redraw: for a new frame, the canvases to redraw (after any change of structure it needs). */
    FramePump(WindowModel model, Supplier<List<Runnable>> redraw, boolean report) {
        this.model = model;
        this.redraw = redraw;
        this.report = report;
        this.status = () -> model.statusProperty().get();
    }

    @Override
    public void handle(long now) {
        long t0 = System.nanoTime();
        boolean fresh = model.pulse();
        stale |= fresh || model.frame() != drawn; // also frames set by commands (open, seek, Live, Reset)
        Snapshot s = model.snapshot();
        boolean running = model.modeProperty().get() == WindowModel.Mode.LIVE && s != null
                && s.state() == Snapshot.State.RUNNING;
        boolean allowed = pacer.pulse(now, lastPulse == 0 ? 0 : now - lastPulse);
        if (stale && pending.isEmpty() && (allowed || !running)) {
            drawn = model.frame();
            pending.addAll(redraw.get());
            stale = false;
        }
        // While training, one canvas a pulse: the software renderer rasterises a canvas's commands in the next pulse,
        // and all of them in one pulse made it 40-55 ms long (p99 at 1440×900); one at a time keeps each pulse short.
        // Otherwise (paused, replay, preview) all at once, so a seek shows the whole frame at once.
        do {
            Runnable next = pending.poll();
            if (next != null) {
                next.run();
                if (pending.isEmpty()) {
                    pacer.drew(now);
                }
            }
        } while (!running && !pending.isEmpty());
        long work = System.nanoTime() - t0;
        if (report) {
            report(now, work, fresh, s);
        }
        lastPulse = now;
        frames.frame(now, work);
    }

    /** The plots need a redraw at the next allowed pulse (a view option changed). */
    void invalidate() {
        stale = true;
    }

    private void report(long now, long work, boolean fresh, Snapshot s) {
        if (s == null) {
            return;
        }
        if (!warmedUp && !s.epochs().isEmpty()) {
            warmedUp = true;
            frames.reset(); // report steady state: from the end of the first epoch on
        }
        if (lastPulse != 0 && (now - lastPulse > 40_000_000L || work > 10_000_000L)) {
            System.err.printf(Locale.ROOT, "slow frame: interval %.1f ms, drawing %.1f ms, epochs %d, new frame %b%n",
                    (now - lastPulse) / 1e6, work / 1e6, s.epochs().size(), fresh);
        }
        if (now - lastReport > 5_000_000_000L) {
            lastReport = now;
            StringBuilder epochs = new StringBuilder();
            s.epochs().forEach(r -> epochs.append(String.format(Locale.ROOT, " %.0f", r.samplesPerSecond())));
            System.err.println(status.get() + " | epochs' training samples/s:" + epochs + " | "
                    + (warmedUp ? "since epoch 1: " : "") + frames.summary());
        }
    }
}
