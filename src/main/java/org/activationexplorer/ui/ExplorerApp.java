package org.activationexplorer.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The window. For demos and screenshots: -Dexplorer.autostart=FAMILY[:ARCH[:SHARING]] starts a run at once,
 * -Dexplorer.open=FILE replays a run file, -Dexplorer.compare=FILE,FILE,… opens the compare view.
 */
public final class ExplorerApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ExplorerWindow window = new ExplorerWindow();
        Scene scene = new Scene(window, 1400, 900);
        window.installShortcuts(scene);
        stage.setTitle("Activation Explorer");
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> window.shutdown());
        stage.show();
        String open = System.getProperty("explorer.open");
        if (open != null) {
            Platform.runLater(() -> window.status.setText(window.openRun(java.nio.file.Path.of(open))));
        }
        String compare = System.getProperty("explorer.compare");
        if (compare != null) {
            Platform.runLater(() -> window.status.setText(window.compare(
                    java.util.Arrays.stream(compare.split(",")).map(java.nio.file.Path::of).toList())));
        }
        String auto = System.getProperty("explorer.autostart");
        if (auto != null) {
            String[] parts = auto.split(":");
            window.controls.family.setValue(parts[0]);
            window.controls.epochs.setText(System.getProperty("explorer.epochs", "3"));
            if (parts.length > 1) {
                window.controls.arch.setValue(parts[1]);
            }
            if (parts.length > 2) {
                window.controls.sharing.setValue(org.activationexplorer.activation.Sharing.valueOf(parts[2]));
            }
            Platform.runLater(window::start);
        }
    }

    @Override
    public void stop() {
        Platform.exit();
    }
}
