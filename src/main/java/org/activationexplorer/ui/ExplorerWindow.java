package org.activationexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.session.Snapshot;
import org.activationexplorer.session.TrainingSession;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.plot.ActivationChart;
import org.activationexplorer.plot.LossChart;

/**
 * The explorer: settings on the left, run controls on top, the loss and one panel per activation layer in
 * the middle, test predictions and status below. Training runs in a TrainingSession; an AnimationTimer
 * takes its newest snapshot (at most one per frame, and the session publishes ≤ 30 a second) and redraws.
 */
final class ExplorerWindow extends BorderPane {
    private static final String[] SPEEDS = {"Full speed", "30 batches/s", "10 batches/s", "3 batches/s", "1 batch/s"};
    private static final double[] RATES = {0, 30, 10, 3, 1};

    final ControlPanel controls = new ControlPanel();
    final Button start = button("Start", "start");
    final Button pause = button("Pause", "pause");
    final Button step = button("Step", "step");
    final Button stop = button("Stop", "stop");
    final Button reset = button("Reset", "reset");
    final ComboBox<String> speed = new ComboBox<>();
    final CheckBox logScale = new CheckBox("Log loss");
    final Slider smoothing = new Slider(0, 0.99, 0.9);
    final CheckBox derivative = new CheckBox("f′(x)");
    final Button rescale = button("Fit x-range", "rescale");
    final Label banner = new Label();
    final Button restore = button("Restore last good weights", "restore");
    final HBox bannerBox = new HBox(10, banner, restore);
    final PlotView loss = new PlotView(700, 260);
    final TilePane gallery = new TilePane(8, 8);
    final PredictionStrip predictions = new PredictionStrip();
    final Label status = new Label("Ready. Pick an activation and press Start (Space).");
    final ProgressBar progress = new ProgressBar(0);
    final TrainingSession session = new TrainingSession();
    final FrameStats frames = new FrameStats();
    private final List<PlotView> panels = new ArrayList<>();
    private final List<Runnable> enlarged = new ArrayList<>();
    private final AnimationTimer pump;
    private Snapshot current;
    private org.activationexplorer.runs.RunRecord replay; // a saved run on screen instead of the live one
    private org.activationexplorer.plot.InitialCurves replayInitial; // its ghosts, evaluated once per x-range
    private java.nio.file.Path replayFile;
    final Slider timeline = new Slider(0, 1, 0);
    final Label timelineStep = new Label();
    final Button play = button("Play", "play");
    final Button live = button("Live", "live");
    /** Replay speed in recorded steps per second; the player's key frame is 100 ms at rate 1. */
    static final int[] PLAY_FRAMES_PER_SECOND = {2, 5, 10, 20, 40};
    final javafx.scene.control.ComboBox<String> playSpeed = new javafx.scene.control.ComboBox<>();
    final HBox timelineBox = new HBox(8, new Label("Timeline"), timeline, timelineStep, play, playSpeed, live);
    private final javafx.animation.Timeline player = new javafx.animation.Timeline();
    private long started;
    private static final boolean REPORT = Boolean.getBoolean("explorer.frameStats");
    private long lastReport;
    private long lastPulse;
    private boolean warmedUp;

    ExplorerWindow() {
        setId("explorer");
        session.setRunsFolder(java.nio.file.Path.of(System.getProperty("explorer.runs", "runs")));
        speed.getItems().setAll(SPEEDS);
        speed.setValue(SPEEDS[0]);
        speed.setId("speed");
        speed.valueProperty().addListener((o, a, b) -> session.setStepsPerSecond(RATES[speed.getItems().indexOf(b)]));
        logScale.setId("log-scale");
        derivative.setId("derivative");
        smoothing.setPrefWidth(90);
        smoothing.setId("smoothing");
        logScale.selectedProperty().addListener(o -> loss.redraw());
        smoothing.valueProperty().addListener(o -> loss.redraw());
        derivative.selectedProperty().addListener(o -> panels.forEach(PlotView::redraw));
        ToolBar bar = new ToolBar(start, pause, step, stop, reset, new Separator(), new Label("Speed"), speed,
                new Separator(), logScale, new Label("Smoothing"), smoothing, derivative, rescale);
        setTop(new VBox(menus(), bar));
        ScrollPane left = new ScrollPane(controls);
        left.setFitToWidth(true);
        left.setPrefWidth(350);
        setLeft(left);
        banner.setWrapText(true);
        banner.setId("divergence-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(banner, Priority.ALWAYS);
        bannerBox.setStyle("-fx-background-color: #fde7e9; -fx-border-color: #d62728; -fx-padding: 8;");
        bannerBox.setAlignment(Pos.CENTER_LEFT);
        bannerBox.setVisible(false);
        bannerBox.setManaged(false);
        gallery.setPadding(new Insets(8));
        gallery.setPrefTileWidth(330);
        gallery.setPrefTileHeight(250);
        gallery.setId("gallery");
        ScrollPane galleryScroll = new ScrollPane(gallery);
        galleryScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(loss, galleryScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.36);
        VBox.setVgrow(split, Priority.ALWAYS);
        timeline.setId("timeline");
        timeline.setMajorTickUnit(1);
        timeline.setMinorTickCount(0);
        timeline.setSnapToTicks(true);
        HBox.setHgrow(timeline, Priority.ALWAYS);
        timeline.valueProperty().addListener((o, a, b) -> showFrame((int) Math.round(b.doubleValue())));
        timelineBox.setAlignment(Pos.CENTER_LEFT);
        timelineBox.setPadding(new Insets(4, 8, 4, 8));
        timelineBox.setVisible(false);
        timelineBox.setManaged(false);
        player.setCycleCount(javafx.animation.Animation.INDEFINITE);
        for (int fps : PLAY_FRAMES_PER_SECOND) {
            playSpeed.getItems().add(fps + " steps/s");
        }
        playSpeed.setId("play-speed");
        playSpeed.setTooltip(new javafx.scene.control.Tooltip("How many recorded steps Play shows per second"));
        playSpeed.valueProperty().addListener((o, a, b) -> player.setRate(
                PLAY_FRAMES_PER_SECOND[playSpeed.getItems().indexOf(b)] / 10.0));
        playSpeed.setValue(playSpeed.getItems().get(1));
        player.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(100), e -> {
            if (timeline.getValue() >= timeline.getMax()) {
                stopPlaying();
            } else {
                timeline.setValue(timeline.getValue() + 1);
            }
        }));
        play.setOnAction(e -> {
            if (player.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                stopPlaying();
            } else {
                if (timeline.getValue() >= timeline.getMax()) {
                    timeline.setValue(0);
                }
                play.setText("Pause");
                player.play();
            }
        });
        live.setOnAction(e -> closeReplay());
        loss.setOnMouseClicked(e -> {
            if (replay != null && e.getButton() == javafx.scene.input.MouseButton.PRIMARY && loss.axes() != null) {
                seekToBatch(loss.axes().dataX(e.getX()));
            }
        });
        setCenter(new VBox(bannerBox, timelineBox, split, predictions));
        progress.setPrefWidth(220);
        status.setId("status");
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox statusBar = new HBox(10, status, progress);
        statusBar.setPadding(new Insets(4, 8, 6, 8));
        statusBar.setAlignment(Pos.CENTER_LEFT);
        setBottom(statusBar);
        loss.setId("loss-plot");
        loss.setOnContextMenuRequested(e -> exportMenu(-2).show(loss, e.getScreenX(), e.getScreenY()));
        loss.setDrawer((p, w, h, mx, my) -> LossChart.draw(p, w, h, lossData(), smoothing.getValue(),
                logScale.isSelected(), mx, replay == null ? Double.NaN : replayStep(), 12));
        start.setOnAction(e -> start());
        pause.setOnAction(e -> togglePause());
        step.setOnAction(e -> session.step());
        stop.setOnAction(e -> session.stop());
        reset.setOnAction(e -> reset());
        rescale.setOnAction(e -> session.rescale());
        restore.setOnAction(e -> controls.config().ifPresent(session::restore));
        updateButtons();
        pump = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t0 = System.nanoTime();
                Snapshot s = replay == null ? session.snapshots().take() : null; // a replay holds the live run back
                if (s != null) {
                    show(s);
                }
                boolean running = current != null && current.state() == Snapshot.State.RUNNING;
                if (plotsStale && (pacer.pulse(now, lastPulse == 0 ? 0 : now - lastPulse) || !running)) {
                    redrawPlots();
                    pacer.drew(now);
                }
                long work = System.nanoTime() - t0;
                if (REPORT && lastPulse != 0 && (now - lastPulse > 40_000_000L || work > 10_000_000L) && current != null) {
                    System.err.printf(Locale.ROOT, "slow frame: interval %.1f ms, drawing %.1f ms, epochs %d, new snapshot %b%n",
                            (now - lastPulse) / 1e6, work / 1e6, current.epochs().size(), s != null);
                }
                lastPulse = now;
                frames.frame(now, work);
                if (REPORT && now - lastReport > 5_000_000_000L && current != null) {
                    lastReport = now;
                    StringBuilder epochs = new StringBuilder();
                    current.epochs().forEach(r -> epochs.append(String.format(Locale.ROOT, " %.0f", r.samplesPerSecond())));
                    System.err.println(status.getText() + " | epochs' training samples/s:" + epochs + " | "
                            + (warmedUp ? "since epoch 1: " : "") + frames.summary());
                }
            }
        };
        pump.start();
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }

    /** Space starts or pauses, S steps, Esc stops — unless a text field has the keyboard. */
    void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                if (current != null && current.active()) {
                    togglePause();
                } else {
                    start();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.S) {
                session.step();
                e.consume();
            } else if (replay != null && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
                timeline.setValue(timeline.getValue() + (e.getCode() == KeyCode.LEFT ? -1 : 1));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                session.stop();
                e.consume();
            }
        });
    }

    void start() {
        if (replay != null) {
            closeReplay();
        }
        var config = controls.config();
        if (config.isEmpty()) {
            status.setText("Cannot start: " + controls.error.getText().replace('\n', ' '));
            return;
        }
        RunConfig c = config.get();
        panels.clear();
        gallery.getChildren().clear();
        current = null;
        started = System.nanoTime();
        session.setStepsPerSecond(RATES[Math.max(0, speed.getItems().indexOf(speed.getValue()))]);
        session.start(c, controls.dataset.getValue(), false);
        status.setText("Starting " + c.activation().family() + " on " + c.arch() + " …");
    }

    private void togglePause() {
        if (current == null || !current.active()) {
            return;
        }
        if (current.state() == Snapshot.State.PAUSED) {
            session.resume();
        } else {
            session.pause();
        }
    }

    private void reset() {
        session.stop();
        session.close();
        current = null;
        panels.clear();
        gallery.getChildren().clear();
        predictions.show(List.of());
        loss.redraw();
        bannerBox.setVisible(false);
        bannerBox.setManaged(false);
        progress.setProgress(0);
        status.setText("Ready.");
        updateButtons();
    }

    private LossChart.Data lossData() {
        Snapshot s = current;
        return s == null ? new LossChart.Data(new float[0], 1, List.of(), 1)
                : new LossChart.Data(s.losses(), s.lossStride(), s.epochs(), Math.max(1, s.batchesPerEpoch()));
    }

    private void show(Snapshot s) {
        if (REPORT && !warmedUp && !s.epochs().isEmpty()) {
            warmedUp = true;
            frames.reset(); // report steady state: from the end of the first epoch on
        }
        current = s;
        if (panels.size() != s.layers().size()) {
            buildPanels(s.layers().size());
        }
        plotsStale = true; // drawn when the pacer allows (every pulse while paused or finished)
        predictions.show(s.predictions());
        boolean diverged = s.state() == Snapshot.State.DIVERGED;
        bannerBox.setVisible(diverged || s.state() == Snapshot.State.FAILED);
        bannerBox.setManaged(bannerBox.isVisible());
        restore.setVisible(diverged);
        if (bannerBox.isVisible()) {
            banner.setText(s.message());
        }
        progress.setProgress(s.progress());
        status.setText(statusText(s));
        updateButtons();
    }

    private final RedrawPacer pacer = new RedrawPacer();
    private boolean plotsStale;

    private void redrawPlots() {
        plotsStale = false;
        loss.redraw();
        panels.forEach(PlotView::redraw);
        enlarged.forEach(Runnable::run);
    }

    private String statusText(Snapshot s) {
        StringBuilder b = new StringBuilder();
        b.append(switch (s.state()) {
            case LOADING -> "Loading";
            case RUNNING -> "Training";
            case PAUSED -> "Paused";
            case DIVERGED -> "Diverged";
            case FINISHED -> "Finished";
            case STOPPED -> "Stopped";
            case FAILED -> "Failed";
        });
        if (s.state() != Snapshot.State.LOADING && s.batchesPerEpoch() > 0) {
            b.append(String.format(Locale.ROOT, " · epoch %d/%d · batch %d/%d · %,.0f samples/s · %s elapsed",
                    Math.min(s.epochsDone() + 1, s.config().epochs()), s.config().epochs(), s.batch(),
                    s.batchesPerEpoch(), s.samplesPerSecond(), duration((System.nanoTime() - started) / 1e9)));
            double eta = s.etaSeconds();
            if (s.state() == Snapshot.State.RUNNING && Double.isFinite(eta)) {
                b.append(" · ETA ").append(duration(eta));
            }
            if (!s.epochs().isEmpty()) {
                var r = s.epochs().get(s.epochs().size() - 1);
                b.append(String.format(Locale.ROOT, " · test accuracy %.2f %%", 100 * r.testAccuracy()));
            }
        }
        if (s.message() != null && s.state() != Snapshot.State.DIVERGED) {
            b.append(" · ").append(s.message());
        }
        return b.toString();
    }

    private static String duration(double seconds) {
        long t = Math.round(seconds);
        return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
                : String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }

    private void buildPanels(int n) {
        panels.clear();
        gallery.getChildren().clear();
        for (int i = 0; i < n; i++) {
            int layer = i;
            PlotView v = new PlotView(330, 250);
            v.setId("activation-" + i);
            v.getStyleClass().add("activation-panel");
            v.setDrawer((p, w, h, mx, my) -> {
                LayerSnapshot s = layerSnapshot(layer);
                return s == null ? null : ActivationChart.draw(p, w, h, s, new ActivationChart.Options(
                        derivative.isSelected(), false, Double.NaN, nearestChannel(v, s, mx, my)), 11);
            });
            v.setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    enlarge(layer);
                }
            });
            v.setOnContextMenuRequested(e -> exportMenu(layer).show(v, e.getScreenX(), e.getScreenY()));
            panels.add(v);
            gallery.getChildren().add(v);
        }
    }

    /** The snapshot on screen; null before a run. */
    Snapshot current() {
        return current;
    }

    LayerSnapshot layerSnapshot(int i) {
        Snapshot s = current;
        return s == null || i >= s.layers().size() ? null : s.layers().get(i);
    }

    /** The channel of the bundle curve nearest the pointer, to highlight it; -1 if none. */
    private static int nearestChannel(PlotView v, LayerSnapshot s, double mx, double my) {
        if (Double.isNaN(mx) || s.channelY().length == 0 || v.axes() == null || !v.axes().contains(mx, my)) {
            return -1;
        }
        double x = v.axes().dataX(mx);
        int i = (int) Math.round((x - s.lo()) / (s.hi() - s.lo()) * (s.xs().length - 1));
        i = Math.max(0, Math.min(s.xs().length - 1, i));
        int best = -1;
        double bestDistance = 12;
        for (int c = 0; c < s.channelY().length; c++) {
            double d = Math.abs(v.axes().py(s.channelY()[c][i]) - my);
            if (d < bestDistance) {
                bestDistance = d;
                best = s.channelIds()[c];
            }
        }
        return best;
    }

    /** A larger live view of one layer with labelled axes and a crosshair. */
    private void enlarge(int layer) {
        PlotView big = new PlotView(900, 600);
        big.setDrawer((p, w, h, mx, my) -> {
            LayerSnapshot s = layerSnapshot(layer);
            if (s == null) {
                return null;
            }
            var axes = big.axes();
            double x = axes != null && !Double.isNaN(mx) && axes.contains(mx, my) ? axes.dataX(mx) : Double.NaN;
            return ActivationChart.draw(p, w, h, s, new ActivationChart.Options(derivative.isSelected(), true, x,
                    nearestChannel(big, s, mx, my)), 14);
        });
        Stage stage = new Stage();
        Runnable redraw = big::redraw;
        enlarged.add(redraw);
        stage.setOnHidden(e -> enlarged.remove(redraw));
        LayerSnapshot s = layerSnapshot(layer);
        stage.setTitle(s == null ? "Activation" : s.title());
        stage.setScene(new Scene(big, 900, 600));
        stage.show();
    }

    private void updateButtons() {
        Snapshot s = current;
        boolean active = s != null && s.active();
        boolean paused = s != null && (s.state() == Snapshot.State.PAUSED);
        start.setDisable(active);
        pause.setDisable(!active || s.state() == Snapshot.State.DIVERGED || s.state() == Snapshot.State.LOADING);
        pause.setText(paused ? "Resume" : "Pause");
        step.setDisable(!paused);
        stop.setDisable(!active);
        reset.setDisable(active && s.state() == Snapshot.State.LOADING);
    }

    // ---- replay ----

    private javafx.stage.FileChooser runChooser() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Runs", "*.aerun"));
        java.nio.file.Path runs = java.nio.file.Path.of(System.getProperty("explorer.runs", "runs"));
        if (java.nio.file.Files.isDirectory(runs)) {
            chooser.setInitialDirectory(runs.toFile());
        }
        return chooser;
    }

    private void chooseRun() {
        java.io.File file = runChooser().showOpenDialog(getScene().getWindow());
        if (file != null) {
            status.setText(openRun(file.toPath()));
        }
    }

    /** Shows a saved run with its timeline; returns the status message (the problem, if it cannot be read). */
    String openRun(java.nio.file.Path file) {
        org.activationexplorer.runs.RunRecord run;
        try {
            run = org.activationexplorer.runs.RunFiles.load(file);
        } catch (java.io.IOException e) {
            return "Cannot open the run: " + e.getMessage();
        }
        if (run.frames().isEmpty()) {
            return "Cannot open the run: " + file + " has no recorded steps";
        }
        stopPlaying();
        replay = run;
        replayInitial = new org.activationexplorer.plot.InitialCurves(run);
        replayFile = file;
        panels.clear();
        gallery.getChildren().clear();
        timeline.setMax(run.frames().size() - 1);
        timelineBox.setVisible(true);
        timelineBox.setManaged(true);
        if (timeline.getValue() == run.frames().size() - 1) {
            showFrame(run.frames().size() - 1);
        } else {
            timeline.setValue(run.frames().size() - 1);
        }
        return "Replaying " + file + " (" + run.frames().size() + " recorded steps): drag the timeline, press ←/→, "
                + "click the loss chart, or Play";
    }

    /** Shows recorded frame f of the run being replayed. */
    void showFrame(int f) {
        var run = replay;
        if (run == null || f < 0 || f >= run.frames().size()) {
            return;
        }
        var frame = run.frames().get(f);
        var data = org.activationexplorer.plot.RunFigures.lossData(run);
        current = new Snapshot(Snapshot.State.FINISHED, "Replay of " + replayFile.getFileName(), run.config(),
                run.epochs().size(), 0, data.batchesPerEpoch(), frame.step(), 0, 0, run.losses(), run.lossStride(),
                run.epochs(), org.activationexplorer.plot.RunFigures.layers(run, replayInitial, f), List.of());
        timelineStep.setText("step " + frame.step() + " of " + run.steps());
        if (panels.size() != current.layers().size()) {
            buildPanels(current.layers().size());
        }
        loss.redraw();
        panels.forEach(PlotView::redraw);
        enlarged.forEach(Runnable::run);
        predictions.show(List.of());
        progress.setProgress(1);
        updateButtons();
    }

    private double replayStep() {
        int f = (int) Math.round(timeline.getValue());
        return replay == null || f >= replay.frames().size() ? Double.NaN : replay.frames().get(f).step();
    }

    private void seekToBatch(double batch) {
        int best = 0;
        for (int f = 0; f < replay.frames().size(); f++) {
            if (replay.frames().get(f).step() <= batch) {
                best = f;
            }
        }
        timeline.setValue(best);
    }

    private void stopPlaying() {
        player.stop();
        play.setText("Play");
    }

    /** Back to the live run (or an empty window). */
    void closeReplay() {
        stopPlaying();
        replay = null;
        replayInitial = null;
        timelineBox.setVisible(false);
        timelineBox.setManaged(false);
        current = null;
        panels.clear();
        gallery.getChildren().clear();
        loss.redraw();
        status.setText(session.running() ? "Live" : "Ready.");
        updateButtons();
    }

    // ---- compare ----

    private void chooseRunsToCompare() {
        List<java.io.File> files = runChooser().showOpenMultipleDialog(getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            status.setText(compare(files.stream().map(java.io.File::toPath).toList()));
        }
    }

    /** Opens the compare view of the given runs; returns the status message. */
    String compare(List<java.nio.file.Path> files) {
        List<org.activationexplorer.runs.RunRecord> runs = new java.util.ArrayList<>();
        for (java.nio.file.Path f : files) {
            try {
                runs.add(org.activationexplorer.runs.RunFiles.load(f));
            } catch (java.io.IOException e) {
                return "Cannot compare: " + e.getMessage();
            }
        }
        compareView = new CompareView(runs, files);
        Stage stage = new Stage();
        stage.setTitle("Compare " + files.size() + " runs");
        stage.setScene(new Scene(compareView, 1200, 820));
        stage.show();
        return "Comparing " + files.size() + " runs";
    }

    CompareView compareView;

    // ---- export ----

    /** What to export: the loss chart, every activation layer, or one layer (its index). */
    static final int LOSS = -2;
    static final int ALL_LAYERS = -1;

    private javafx.scene.control.MenuBar menus() {
        javafx.scene.control.Menu export = new javafx.scene.control.Menu("Export");
        export.getItems().addAll(exportMenu(LOSS).getItems());
        export.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        export.getItems().addAll(exportMenu(ALL_LAYERS).getItems());
        javafx.scene.control.Menu file = new javafx.scene.control.Menu("File");
        javafx.scene.control.MenuItem open = new javafx.scene.control.MenuItem("Open run…");
        open.setOnAction(e -> chooseRun());
        javafx.scene.control.MenuItem compare = new javafx.scene.control.MenuItem("Compare runs…");
        compare.setOnAction(e -> chooseRunsToCompare());
        javafx.scene.control.MenuItem saveNow = new javafx.scene.control.MenuItem("Save run now");
        saveNow.setOnAction(e -> session.saveNow());
        file.getItems().addAll(open, compare, saveNow);
        javafx.scene.control.MenuBar bar = new javafx.scene.control.MenuBar(file, export);
        bar.setId("menus");
        return bar;
    }

    private javafx.scene.control.ContextMenu exportMenu(int what) {
        String name = what == LOSS ? "loss" : what == ALL_LAYERS ? "activations" : "layer " + (what + 1);
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        for (String format : what == LOSS ? new String[] {"SVG", "PNG 1×", "PNG 2×", "PNG 4×", "CSV"}
                : new String[] {"SVG", "PNG 1×", "PNG 2×", "PNG 4×", "CSV", "GIF"}) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Save " + name + " as " + format + "…");
            if (format.equals("GIF")) {
                item.setText("Save " + name + " evolution as GIF…");
            }
            item.setOnAction(e -> chooseAndExport(what, format));
            menu.getItems().add(item);
        }
        return menu;
    }

    private void chooseAndExport(int what, String format) {
        Snapshot s = current;
        if (s == null) {
            status.setText("Nothing to export yet: start a run.");
            return;
        }
        String ext = format.startsWith("PNG") ? "png" : format.toLowerCase(Locale.ROOT);
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setInitialFileName(s.config().activation().family() + "-" + (what == LOSS ? "loss"
                : what == ALL_LAYERS ? "activations" : "layer" + (what + 1)) + "." + ext);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(format, "*." + ext));
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            double scale = format.startsWith("PNG") ? Double.parseDouble(format.substring(4, 5)) : 1;
            status.setText(export(what, ext, scale, file.toPath()));
        }
    }

    /** Writes one export (svg, png at scale, or csv); returns the message for the status bar. */
    String export(int what, String format, double scale, java.nio.file.Path file) {
        Snapshot s = current;
        if (s == null) {
            return "Nothing to export yet: start a run.";
        }
        var family = org.activationexplorer.activation.Activations.family(s.config().activation().family());
        String caption = org.activationexplorer.plot.Figure.caption(family.displayName(), family.formula(),
                s.config().arch() + ", " + s.epochsDone() + " epochs, seed " + s.config().seed());
        List<LayerSnapshot> layers = what >= 0 ? List.of(s.layers().get(what)) : s.layers();
        try {
            if (format.equals("gif")) {
                return gif(what, scale, file);
            }
            if (format.equals("csv")) {
                if (what == LOSS) {
                    Exporter.lossCsv(s, smoothing.getValue(), file);
                } else {
                    Exporter.curvesCsv(layers, file);
                }
                return "Saved " + file;
            }
            var figure = what == LOSS
                    ? org.activationexplorer.plot.Figure.loss(lossData(), smoothing.getValue(), logScale.isSelected(), caption)
                    : org.activationexplorer.plot.Figure.activations(layers, derivative.isSelected(), caption);
            if (format.equals("svg")) {
                Exporter.svg(figure, file);
            } else {
                Exporter.png(figure, scale, file);
            }
            return "Saved " + file;
        } catch (java.io.IOException | RuntimeException e) {
            return "Export failed: " + e.getMessage();
        }
    }

    /**
     * The evolution of the activation layers (or one) over the recorded steps of the replayed run, or of the live
     * session's last saved run file.
     */
    private String gif(int what, double scale, java.nio.file.Path file) throws java.io.IOException {
        org.activationexplorer.runs.RunRecord run = replay;
        if (run == null && session.lastSaved() != null) {
            run = org.activationexplorer.runs.RunFiles.load(session.lastSaved());
        }
        if (run == null) {
            return "A GIF needs a saved run: use File > Save run now, stop or finish the run, or open one.";
        }
        List<org.activationexplorer.plot.Figure> frames = new java.util.ArrayList<>();
        var initial = run == replay ? replayInitial : new org.activationexplorer.plot.InitialCurves(run);
        for (int f = 0; f < run.frames().size(); f++) {
            var layers = org.activationexplorer.plot.RunFigures.layers(run, initial, f);
            frames.add(org.activationexplorer.plot.Figure.activations(what >= 0 ? List.of(layers.get(what)) : layers,
                    false, org.activationexplorer.plot.RunFigures.caption(run, "after " + run.frames().get(f).step()
                            + " training steps")));
        }
        org.activationexplorer.plot.FigureFiles.gif(frames, Math.max(1, scale / 2), 150, file);
        return "Saved " + file + " (" + frames.size() + " frames)";
    }

    /** Stops training and its thread; prints frame statistics when asked (-Dexplorer.frameStats=true). */
    void shutdown() {
        pump.stop();
        session.close();
        if (Boolean.getBoolean("explorer.frameStats")) {
            System.err.println("frame stats: " + frames.summary());
        }
    }
}
