package org.activationexplorer.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The window: one TrainingPane over the bundled MNIST. */
public final class ExplorerApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        TrainingPane pane = new TrainingPane();
        stage.setTitle("Activation Explorer");
        stage.setScene(new Scene(pane, 1100, 700));
        stage.setOnCloseRequest(e -> pane.shutdown());
        stage.show();
    }
}
