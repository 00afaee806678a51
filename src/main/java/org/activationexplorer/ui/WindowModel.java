package org.activationexplorer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.session.RunEvent;
import org.activationexplorer.session.Snapshot;
import org.activationexplorer.session.TrainingSession;
import org.activationexplorer.train.RunConfig;

/**
 * What the window shows, as read-only properties that the views bind to: the frame on screen (from the live run,
 * a recorded run, or the preview of the settings), the mode, the live run's latest snapshot, the status line, which
 * commands are possible, and the text scale. Commands go through here. It computes nothing heavy itself: training
 * and previews run on their own threads, and pulse() (once per animation frame) takes their newest results.
 */
final class WindowModel implements AutoCloseable {
    enum Mode { PREVIEW, LIVE, REPLAY }

    final TrainingSession session;
    private final LiveFrames live;
    private RecordedFrames recorded;
    private final PreviewMaker previews = new PreviewMaker();
    private final ReadOnlyObjectWrapper<ViewFrame> frame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.PREVIEW);
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunEvent> banner = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunConfig> replayConfig = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** The previewed family's properties at its initialisation (the card beside the picker). */
    final javafx.beans.property.ObjectProperty<org.activationexplorer.activation.Properties> familyProperties =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper canPause = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStep = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    /** Sizes and optional parts: zoom, presentation mode, a lesson's choices. */
    final Display display = new Display();
    private double stepsPerSecond;

    WindowModel(WindowSettings settings) {
        session = new TrainingSession(settings.publishPerSecond());
        session.setRunsFolder(settings.runsFolder());
        live = new LiveFrames(session);
        note.addListener(o -> refresh());
    }

    // ---- what the views read ----

    ReadOnlyObjectProperty<ViewFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The divergence or failure to show in the banner; null for none. */
    ReadOnlyObjectProperty<RunEvent> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The replayed run's settings; null when not replaying. */
    ReadOnlyObjectProperty<RunConfig> replayConfigProperty() {
        return replayConfig.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canPauseProperty() {
        return canPause.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canStepProperty() {
        return canStep.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canStopProperty() {
        return canStop.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    ViewFrame frame() {
        return frame.get();
    }

    Snapshot snapshot() {
        return snapshot.get();
    }

    RecordedFrames recorded() {
        return recorded;
    }

    /** A passing message after the status (an export saved, a file that cannot be opened); null clears it. */
    void note(String text) {
        note.set(text);
    }

    // ---- commands ----

    void start(RunConfig config, Path dataset) {
        closeReplay();
        note.set(null);
        session.setStepsPerSecond(stepsPerSecond);
        session.start(config, dataset, false);
        mode.set(Mode.LIVE);
        refresh();
    }

    void togglePause() {
        Snapshot s = snapshot.get();
        if (s != null && s.state() == Snapshot.State.PAUSED) {
            session.resume();
        } else if (s != null && s.state() == Snapshot.State.RUNNING) {
            session.pause();
        }
    }

    void step() {
        if (canStep.get()) {
            session.step();
        }
    }

    void stop() {
        session.stop();
    }

    /** After a divergence: back to the last good weights, trained on with `config`. */
    void restore(RunConfig config) {
        session.restore(config);
    }

    void saveNow() {
        session.saveNow();
    }

    /** Refit every panel's x-range to the layer's current inputs. */
    void rescale() {
        session.rescale();
    }

    /** Slow motion: batches per second, 0 for full speed. */
    void setSpeed(double batchesPerSecond) {
        stepsPerSecond = batchesPerSecond;
        session.setStepsPerSecond(batchesPerSecond);
    }

    /** Stops the run and shows the preview of `config` (null: of the last settings previewed). */
    void reset(RunConfig config) {
        session.close();
        live.clear();
        closeReplay();
        snapshot.set(null);
        mode.set(Mode.PREVIEW);
        note.set(null);
        previewed = null;
        preview(config);
        refresh();
    }

    /** Draws the settings' curves before training (off the FX thread); ignored while a run or replay is shown. */
    void preview(RunConfig config) {
        if (config == null || mode.get() != Mode.PREVIEW) {
            return;
        }
        // only these change what is drawn (not the learning rates, batch size, epochs …)
        List<Object> shape = List.of(config.arch(), config.hidden(), config.activation(), config.layerActivations(),
                config.seed(), config.init());
        if (!shape.equals(previewed) || frame.get() == null) {
            previewed = shape;
            previews.request(config);
        }
    }

    private List<Object> previewed;

    /** Replays a saved run; false (and a note saying why) if it cannot be read. */
    boolean openRun(Path file) {
        RunRecord run;
        try {
            run = RunFiles.load(file);
        } catch (IOException e) {
            note.set("Cannot open the run: " + e.getMessage());
            return false;
        }
        if (run.frames().isEmpty()) {
            note.set("Cannot open the run: " + file + " has no recorded steps");
            return false;
        }
        recorded = new RecordedFrames(run, file);
        replayConfig.set(run.config());
        mode.set(Mode.REPLAY);
        note.set(null);
        frame.set(recorded.poll());
        refresh();
        return true;
    }

    /** Shows recorded frame i of the replay. */
    void seek(int i) {
        if (recorded != null) {
            recorded.seek(i);
            pulse();
        }
    }

    /** Back from a replay to the live run, or to the preview. */
    void closeReplay() {
        if (recorded == null) {
            return;
        }
        recorded = null;
        replayConfig.set(null);
        Snapshot s = live.latest();
        mode.set(s != null ? Mode.LIVE : Mode.PREVIEW);
        frame.set(s != null ? ViewFrame.of(s) : null);
        refresh();
    }

    /** Once per animation frame: takes the newest frame of the current source; true if the frame changed. */
    boolean pulse() {
        var p = previews.takeProperties();
        if (p != null) {
            familyProperties.set(p);
        }
        ViewFrame f = switch (mode.get()) {
            case LIVE -> live.poll();
            case REPLAY -> recorded.poll();
            case PREVIEW -> previews.take();
        };
        if (f == null) {
            return false;
        }
        frame.set(f);
        if (mode.get() == Mode.LIVE) {
            snapshot.set(live.latest());
        }
        refresh();
        return true;
    }

    private void refresh() {
        Snapshot s = mode.get() == Mode.LIVE ? snapshot.get() : null;
        boolean active = s != null && s.active(), replay = mode.get() == Mode.REPLAY;
        canStart.set(!active && !replay);
        canPause.set(s != null && (s.state() == Snapshot.State.RUNNING || s.state() == Snapshot.State.PAUSED));
        canStep.set(s != null && s.state() == Snapshot.State.PAUSED);
        canStop.set(active);
        paused.set(s != null && s.state() == Snapshot.State.PAUSED);
        banner.set(s != null && (s.state() == Snapshot.State.DIVERGED || s.state() == Snapshot.State.FAILED)
                ? s.event() : null);
        String line = switch (mode.get()) {
            case PREVIEW -> "Ready: the panels show the chosen activation as it starts. Press Start (Space).";
            case LIVE -> s == null ? "Starting …" : StatusLine.of(s);
            case REPLAY -> "Replaying " + recorded.file().getFileName() + " · step " + frame().step() + " of "
                    + recorded.run().steps() + (recorded.run().config().routineLabel().isEmpty() ? ""
                    : " · " + recorded.run().config().routineLabel())
                    + " · drag the timeline, press ←/→, click the loss chart, or Play";
        };
        status.set(note.get() == null ? line : line + " · " + note.get());
    }

    @Override
    public void close() {
        session.close();
        previews.close();
    }
}
