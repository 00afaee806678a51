package org.activationexplorer.ui;

import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationexplorer.train.RunConfig;

/**
 * The window's layout: menus and run controls on top, the settings on the left, the banner, replay bar, loss chart
 * and activation panels in the middle, test predictions and status below. Each part is its own view bound to one
 * WindowModel; this class only assembles them and forwards Start and Reset with the settings.
 */
final class ExplorerWindow extends BorderPane {
    final WindowModel model;
    final ControlPanel controls;
    final RunControls run;
    final LossPanel loss;
    final ActivationGallery gallery;
    final PredictionStrip predictions = new PredictionStrip();
    final ReplayBar replay;
    final DivergenceBanner banner;
    final StatusBar status;
    final ExportActions exports;
    final WindowMenus menus;
    final FramePump pump;
    final ScrollPane left;
    final LessonCard card = new LessonCard();
    final LessonActions lessons = new LessonActions(this);
    final DigitClassifier digits;

    ExplorerWindow(WindowSettings settings) {
        setId("explorer");
        getStyleClass().add("explorer");
        getStylesheets().add(ExplorerWindow.class.getResource("explorer.css").toExternalForm());
        model = new WindowModel(settings);
        digits = new DigitClassifier(model);
        controls = new ControlPanel(settings.blas(), settings.threads());
        run = new RunControls(model, this::start, this::reset);
        loss = new LossPanel(model);
        gallery = new ActivationGallery(model, this::exportMenu);
        exports = new ExportActions(model, loss, gallery);
        replay = new ReplayBar(model, this::newRunFromReplay);
        banner = new DivergenceBanner(model, () -> controls.config().orElse(null));
        status = new StatusBar(model);
        menus = new WindowMenus(model, exports, lessons, settings.runsFolder(), () -> RaceWindow.ask(this),
                () -> new DigitPad(this, digits).show(), this::quit);
        gallery.showDigits(digits.answerProperty());
        card.close.setOnAction(e -> lessons.close());
        loss.chart.setOnContextMenuRequested(e -> exports.menu(ExportActions.LOSS).show(loss.chart, e.getScreenX(),
                e.getScreenY()));
        left = new ScrollPane(controls);
        left.setId("settings");
        left.setFitToWidth(true);
        left.getStyleClass().add("settings");
        SplitPane plots = new SplitPane(loss, gallery);
        plots.setOrientation(Orientation.VERTICAL);
        plots.setDividerPositions(0.38);
        VBox.setVgrow(plots, Priority.ALWAYS);
        setTop(new VBox(menus, run));
        setLeft(left);
        setCenter(new VBox(banner, replay, plots, predictions));
        setBottom(status);
        setRight(card);
        controls.onChange(c -> c.ifPresent(model::preview));
        model.familyProperties.addListener((o, a, p) -> controls.card.show(p));
        model.modeProperty().addListener((o, a, mode) -> { // back from a replay with no run: the settings' preview
            if (mode == WindowModel.Mode.PREVIEW) {
                controls.config().ifPresent(model::preview);
            }
        });
        model.replayConfigProperty().addListener((o, a, c) -> {
            if (c != null) {
                controls.show(c);
            }
            controls.setReadOnly(c != null);
        });
        left.visibleProperty().bind(model.display.settingsShown);
        left.managedProperty().bind(model.display.settingsShown);
        model.display.textSize.addListener(o -> applyTextSize());
        applyTextSize();
        loss.logScale.selectedProperty().addListener(o -> loss.chart.redraw());
        pump = new FramePump(model, this::redraw, settings.frameStats());
        pump.start();
        controls.config().ifPresent(model::preview);
    }

    private javafx.scene.control.ContextMenu exportMenu(int what) {
        return exports.menu(what);
    }

    /** The root font size: every control's text is sized in em, so this scales them all together. */
    private void applyTextSize() {
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", model.display.textSize.get()));
        left.setPrefWidth(23 * model.display.textSize.get());
    }

    /** For a new frame: the strip at once, then the canvases to redraw (the pump spreads them over pulses). */
    private java.util.List<Runnable> redraw() {
        ViewFrame f = model.frame();
        predictions.show(f == null ? java.util.List.of() : f.predictions(), f == null ? -1 : f.predictionsStep());
        java.util.List<Runnable> canvases = new java.util.ArrayList<>(gallery.show(f));
        canvases.add(0, loss.chart::redraw);
        return canvases;
    }

    /** Start with the settings, or list their problems under the panel. */
    void start() {
        controls.config().ifPresentOrElse(c -> model.start(c, controls.dataset.getValue()),
                () -> model.note("Cannot start: fix the settings marked on the left"));
    }

    void reset() {
        model.reset(controls.config().orElse(null));
    }

    /** The replayed run's settings, editable, ready for Start. */
    private void newRunFromReplay() {
        RunConfig c = model.replayConfigProperty().get();
        model.closeReplay();
        if (c != null) {
            controls.show(c);
        }
    }

    void installShortcuts(Scene scene) {
        Shortcuts.install(scene, this);
    }

    private void quit() {
        shutdown();
        Platform.exit();
    }

    /** Stops training, previews and the pump; prints frame statistics when asked. */
    void shutdown() {
        pump.stop();
        model.close();
        digits.close();
        if (pump.reports()) { // -Dexplorer.frameStats, read once into WindowSettings
            System.err.println("frame stats: " + pump.frames.summary());
        }
    }
}
