package org.activationexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Checks of what a person can read and reach in a window. */
final class Labels {
    private Labels() {}

    /** True if the labeled control shows its whole text (JavaFX replaces a cut-off end with an ellipsis). */
    static boolean shownWhole(Labeled l) {
        if (l.getText() == null || l.getText().isEmpty() || !l.isVisible()) {
            return true;
        }
        for (Node n : l.lookupAll(".text")) {
            if (n instanceof Text t && t.getParent() == l) {
                return t.getText().equals(l.getText()) || l.isWrapText();
            }
        }
        return true;
    }

    /** Visible labeled controls whose text is cut short, under `root`. */
    static List<String> truncated(Parent root) {
        List<String> cut = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Labeled l && !shownWhole(l)) {
                cut.add(l.getText());
            }
        });
        return cut;
    }

    /** Visible controls outside the scene's area (those inside `scrolled` count as reachable by scrolling). */
    static List<String> controlsOutside(Parent root, Node scrolled) {
        List<String> out = new ArrayList<>();
        double w = root.getScene().getWidth(), h = root.getScene().getHeight();
        walk(root, n -> {
            if (n instanceof Control c && !inside(c, scrolled)) {
                Bounds b = c.localToScene(c.getBoundsInLocal());
                if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > w + 0.5 || b.getMaxY() > h + 0.5) {
                    out.add(c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId()) + " " + b);
                }
            }
        });
        return out;
    }

    private static boolean inside(Node n, Node ancestor) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void walk(Node n, java.util.function.Consumer<Node> visit) {
        if (!n.isVisible()) {
            return;
        }
        visit.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, visit);
            }
        }
    }
}
