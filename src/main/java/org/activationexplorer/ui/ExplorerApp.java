package org.activationexplorer.ui;

import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.activationexplorer.activation.Sharing;

/**
 * The window, placed inside the screen (WindowPlacement). For demos and screenshots (WindowSettings):
 * -Dexplorer.autostart=FAMILY[:ARCH[:SHARING]] starts a run at once, -Dexplorer.open=FILE replays a run file,
 * -Dexplorer.compare=FILE,FILE,… opens the compare view, -Dexplorer.presentation=true starts in presentation mode,
 * -Dexplorer.preset=FAMILY[:ARCH[:SHARING]] fills in the settings without starting.
 */
public final class ExplorerApp extends Application {

    public static void launchWindow(String[] args) {
        StartupStats.mark("main");
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupStats.mark("toolkit");
        WindowSettings settings = WindowSettings.fromSystemProperties();
        ExplorerWindow window = new ExplorerWindow(settings);
        StartupStats.mark("window");
        Scene scene = new Scene(window);
        window.installShortcuts(scene);
        stage.setTitle("Activation Explorer");
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        WindowPlacement.place(stage, Preferences.userNodeForPackage(ExplorerApp.class));
        presentation(stage, window.model);
        stage.setOnCloseRequest(e -> window.shutdown());
        stage.show();
        StartupStats.mark("shown");
        // the dataset is read once the window is drawn, off the FX thread: Start then finds it loaded
        StartupStats.whenDrawn(() -> window.model.session.preload(window.controls.dataset.getValue()));
        StartupStats.quitAfterIfAsked(() -> {
            window.shutdown();
            Platform.exit();
        });
        if (settings.open() != null) {
            Platform.runLater(() -> window.model.openRun(settings.open()));
        }
        String sweep = System.getProperty("explorer.sweep"); // a sweep folder to show at start
        if (sweep != null) {
            Platform.runLater(() -> window.menus.openSweep(java.nio.file.Path.of(sweep)));
        }
        if (!settings.compare().isEmpty()) {
            Platform.runLater(() -> window.menus.compare(settings.compare()));
        }
        String preset = settings.autostart() != null ? settings.autostart() : settings.preset();
        if (preset != null) {
            String[] parts = preset.split(":");
            window.controls.family.setValue(parts[0]);
            window.controls.epochs.setText(Integer.toString(settings.autostartEpochs()));
            if (parts.length > 1) {
                window.controls.arch.setValue(parts[1]);
            }
            if (parts.length > 2) {
                window.controls.sharing.setValue(Sharing.valueOf(parts[2]));
            }
        }
        if (settings.autostart() != null) {
            Platform.runLater(window::start);
        }
        window.model.display.presentation.set(settings.presentation());
        var raw = getParameters().getRaw();
        int at = raw.indexOf("--lesson");
        if (at >= 0 && at + 1 < raw.size()) {
            String id = raw.get(at + 1);
            Platform.runLater(() -> window.lessons.open(id));
        }
    }

    /**
     * Presentation mode is full screen; Esc is the window's own key for leaving it (it also stops training). Where
     * full screen is not granted (X11 without a window manager, as under Xvfb) the window takes the whole screen's
     * bounds instead, and gets its old ones back after.
     */
    static void presentation(Stage stage, WindowModel model) {
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("Presentation mode: Esc or F5 leaves it");
        double[] before = new double[4];
        model.display.presentation.addListener((o, a, on) -> {
            if (on) {
                before[0] = stage.getX();
                before[1] = stage.getY();
                before[2] = stage.getWidth();
                before[3] = stage.getHeight();
                var screen = javafx.stage.Screen.getPrimary().getBounds();
                stage.setX(screen.getMinX());
                stage.setY(screen.getMinY());
                stage.setWidth(screen.getWidth());
                stage.setHeight(screen.getHeight());
                stage.setFullScreen(true);
            } else {
                stage.setFullScreen(false);
                stage.setX(before[0]);
                stage.setY(before[1]);
                stage.setWidth(before[2]);
                stage.setHeight(before[3]);
            }
        });
        stage.fullScreenProperty().addListener((o, a, on) -> {
            if (!on && model.display.presentation.get() && stage.getWidth() < javafx.stage.Screen.getPrimary().getBounds()
                    .getWidth()) {
                model.display.presentation.set(false); // left full screen by the system's own means
            }
        });
    }

    @Override
    public void stop() {
        Platform.exit();
    }
}
