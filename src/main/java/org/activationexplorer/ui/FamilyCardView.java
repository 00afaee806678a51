package org.activationexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Properties;
import org.activationexplorer.text.Numbers;

/**
 * The chosen family's card beside the picker: its formula, its citation with whether the form is the paper's, a
 * reformulation, a reconstruction or a fit, and its properties at the chosen initialisation (computed from the
 * function itself, off the FX thread, with the preview).
 */
final class FamilyCardView extends VBox {
    final Label formula = new Label();
    final Label citation = new Label();
    final Label properties = new Label();

    FamilyCardView() {
        setId("family-card");
        formula.setId("formula");
        formula.getStyleClass().add("formula");
        citation.getStyleClass().add("hint");
        properties.setId("family-properties");
        properties.getStyleClass().add("hint");
        for (Label l : List.of(formula, citation, properties)) {
            l.setWrapText(true);
        }
        setSpacing(2);
        getChildren().addAll(formula, citation, properties);
    }

    void show(Family f, String init) {
        formula.setText(f.formula());
        citation.setText(f.citation() + " · form: " + f.card().form(init).label());
        properties.setText("");
    }

    /** One line of properties: range, monotonic, zero-centred, smooth, saturation, slope at 0. */
    void show(Properties p) {
        if (p == null) {
            properties.setText("");
            return;
        }
        List<String> parts = new ArrayList<>();
        parts.add("range " + (Double.isInfinite(p.lower()) ? "(−∞" : "[" + Numbers.significant(p.lower(), 3)) + ", "
                + (Double.isInfinite(p.upper()) ? "∞)" : Numbers.significant(p.upper(), 3) + "]"));
        parts.add(p.monotonic() ? "monotonic" : "not monotonic");
        parts.add(p.zeroCentred() ? "zero-centred" : "not zero-centred");
        parts.add(p.smooth() ? "smooth" : "kink" + (p.kinks().size() > 1 ? "s" : "") + " at "
                + String.join(", ", p.kinks().stream().map(k -> Numbers.significant(k, 2)).toList()));
        parts.add(p.saturatesLeft() && p.saturatesRight() ? "saturates both sides" : p.saturatesLeft()
                ? "saturates on the left" : p.saturatesRight() ? "saturates on the right" : "no saturation");
        parts.add("f'(0) = " + Numbers.significant(p.slopeAtZero(), 3));
        properties.setText(String.join(" · ", parts));
    }
}
