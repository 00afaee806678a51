package org.activationexplorer.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's single keys (the menus carry the rest as accelerators): Space starts, pauses or resumes, S steps,
 * Esc leaves presentation mode or else stops, ←/→ step through a replay, Ctrl+E opens the Export menu. None while
 * a text field has the keyboard.
 */
final class Shortcuts {
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private Shortcuts() {}

    static void install(Scene scene, ExplorerWindow w) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (EXPORT.match(e)) {
                w.menus.export.show();
                e.consume();
                return;
            }
            if (scene.getFocusOwner() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            WindowModel m = w.model;
            switch (e.getCode()) {
                case SPACE -> {
                    if (m.canPauseProperty().get()) {
                        m.togglePause();
                    } else if (m.canStartProperty().get()) {
                        w.start();
                    }
                }
                case S -> m.step();
                case ESCAPE -> {
                    if (m.display.presentation.get()) {
                        m.display.presentation.set(false);
                    } else {
                        m.stop();
                    }
                }
                case LEFT, RIGHT -> {
                    if (m.recorded() == null) {
                        return;
                    }
                    w.replay.nudge(e.getCode() == KeyCode.LEFT ? -1 : 1);
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }
}
