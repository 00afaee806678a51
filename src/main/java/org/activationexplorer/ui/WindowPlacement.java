package org.activationexplorer.ui;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window opens: where it was last time if that still lies on the screen, else 90 % of the screen's
 * visual bounds, centred. The window opened at a fixed 1400×900 before, off a 1280×800 projector's edges.
 */
final class WindowPlacement {
    static final double SHARE = 0.9;
    private static final String X = "x", Y = "y", W = "width", H = "height";

    private WindowPlacement() {}

    /** The window's bounds on `screen`, given the bounds saved last time (null if none). */
    static Rectangle2D fit(Rectangle2D screen, Rectangle2D saved) {
        if (saved != null && saved.getWidth() >= 640 && saved.getHeight() >= 400
                && screen.contains(saved.getMinX(), saved.getMinY(), saved.getWidth(), saved.getHeight())) {
            return saved;
        }
        double w = Math.floor(screen.getWidth() * SHARE), h = Math.floor(screen.getHeight() * SHARE);
        return new Rectangle2D(screen.getMinX() + Math.floor((screen.getWidth() - w) / 2),
                screen.getMinY() + Math.floor((screen.getHeight() - h) / 2), w, h);
    }

    /** Places the stage on the primary screen and remembers its bounds when it closes (prefs null: forget). */
    static void place(Stage stage, Preferences prefs) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D saved = prefs == null || prefs.getDouble(W, 0) <= 0 ? null : new Rectangle2D(prefs.getDouble(X, 0),
                prefs.getDouble(Y, 0), prefs.getDouble(W, 0), prefs.getDouble(H, 0));
        Rectangle2D b = fit(screen, saved);
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        if (prefs != null) {
            stage.setOnHiding(e -> {
                if (!stage.isFullScreen()) {
                    prefs.putDouble(X, stage.getX());
                    prefs.putDouble(Y, stage.getY());
                    prefs.putDouble(W, stage.getWidth());
                    prefs.putDouble(H, stage.getHeight());
                }
            });
        }
    }
}
