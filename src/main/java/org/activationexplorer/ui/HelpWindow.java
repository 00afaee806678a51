package org.activationexplorer.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

/** F1: one page on what the window shows and which keys do what, with the version. */
final class HelpWindow {
    static final String VERSION = "0.1";
    static final String TEXT = """
            Activation Explorer %s

            Pick a network and an activation family on the left: the panels show its curve before training. Press \
            Start (Space) and the network trains on the dataset in the background while the window draws:
              • the training loss per batch (pale band) and smoothed (blue), test loss (orange) and test accuracy \
            (green) after each epoch;
              • one panel per activation layer: the current curve (red), the curve it started as (grey), f′ (purple, \
            with the f′ box), and the histogram of the layer's inputs (pale blue) — where the network actually uses \
            the function;
              • sixteen test digits with the network's answer (red: wrong), refreshed every two seconds.

            If training diverges (NaN, or a loss or parameter exploding), it pauses with a banner: lower the learning \
            rate on the left and press Restore to continue from the last good weights.

            Keys
              Space          start, pause, resume            S        one batch while paused
              Esc            stop (leaves presentation mode)  F5       presentation mode
              Ctrl+= / − / 0 larger, smaller, normal text      F1       this page
              Ctrl+O         open a saved run (replay)         ←/→      step through a replay
              Ctrl+E         export menu                       Ctrl+S   save the run now
              Ctrl+W, Esc    close this or an enlarged layer   Ctrl+Q   quit

            Runs are saved to the runs folder when they finish or stop; File → Compare runs overlays several.
            """;

    private HelpWindow() {}

    static Stage show(Node owner) {
        Label text = new Label(String.format(TEXT, VERSION));
        text.setWrapText(true);
        text.setId("help-text");
        text.getStyleClass().add("help");
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.setTitle("Activation Explorer " + VERSION + " — overview");
        Scene scene = new Scene(scroll, 760, 560);
        if (owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            stage.initOwner(owner.getScene().getWindow());
        }
        Dialogs.closeOnEscapeOrCtrlW(stage, scene);
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
