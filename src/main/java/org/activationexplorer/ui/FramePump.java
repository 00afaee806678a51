package org.activationexplorer.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import org.activationexplorer.session.Snapshot;

/**
 * Once per FX pulse: takes the model's newest frame and redraws the plots through a CanvasQueue (one canvas a pulse
 * while training, at the pace the renderer affords). With -Dexplorer.frameStats=true it prints the status, the
 * epochs' training speed and the frame timings every 5 s, and slow frames as they happen.
 */
final class FramePump extends AnimationTimer {
    final FrameStats frames = new FrameStats();
    private final CanvasQueue canvases = new CanvasQueue();
    private final WindowModel model;
    private final Supplier<List<Runnable>> redraw;
    private final boolean report;
    private final Supplier<String> status;
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
        if (fresh || model.frame() != drawn) { // also frames set by commands (open, seek, Live, Reset)
            canvases.invalidate();
        }
        Snapshot s = model.snapshot();
        boolean running = model.modeProperty().get() == WindowModel.Mode.LIVE && s != null
                && s.state() == Snapshot.State.RUNNING;
        ViewFrame shown = model.frame();
        if (canvases.pulse(now, running, redraw)) {
            drawn = shown;
        }
        long work = System.nanoTime() - t0;
        if (report) {
            report(now, work, fresh, s);
        }
        lastPulse = now;
        frames.frame(now, work);
    }

    /** The plots need a redraw at the next allowed pulse (a view option changed). */
    void invalidate() {
        canvases.invalidate();
    }

    /** Whether -Dexplorer.frameStats asked for reports. */
    boolean reports() {
        return report;
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
