package org.activationexplorer.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/** What every secondary window does alike. */
final class Dialogs {
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private Dialogs() {}

    /** Esc and Ctrl+W close the window. */
    static void closeOnEscapeOrCtrlW(Stage stage, Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || CLOSE.match(e)) {
                stage.close();
                e.consume();
            }
        });
    }
}
