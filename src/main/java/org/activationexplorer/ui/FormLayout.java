package org.activationexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The control panel's field layout: each label above its field, short fields two to a row. */
final class FormLayout {
    private FormLayout() {}

    static TextField field(String text, String id) {
        TextField f = new TextField(text);
        f.setPrefColumnCount(6);
        f.setId(id);
        return f;
    }

    static VBox labelled(String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.getStyleClass().add("field-label");
        return new VBox(2, l, field);
    }

    /** Two short fields side by side, each under its label (b null: the first alone, at half width). */
    static GridPane pair(String a, Node fieldA, String b, Node fieldB) {
        GridPane g = new GridPane();
        g.getStyleClass().add("field-pair");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        g.getColumnConstraints().addAll(half, half);
        g.add(labelled(a, fieldA), 0, 0);
        if (b != null) {
            g.add(labelled(b, fieldB), 1, 0);
        }
        return g;
    }
}
