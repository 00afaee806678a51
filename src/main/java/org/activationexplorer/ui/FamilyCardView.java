package org.activationexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.activationexplorer.activation.Card;
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

    /** The family's formula and citation; the form, and why where this initialisation's differs (Taylor's fits). */
    void show(Family f, String init) {
        formula.setText(f.formula());
        Card.Note note = init == null ? null : f.card().initForms().get(init);
        citation.setText(f.citation() + " · form: " + f.card().form(init).label()
                + (note == null ? "" : " — " + note.why()));
        properties.setText("");
    }

    /**
     * One line of properties: range, monotonic, zero-centred, smooth, saturation, slope at 0; for a curve that
     * starts as an approximation (Taylor), a second line: where it is within 0.1 of its base.
     */
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
        parts.add(p.smooth() ? "smooth" : String.join("; ", nonSmooth(p)));
        parts.add(p.saturatesLeft() && p.saturatesRight() ? "saturates both sides" : p.saturatesLeft()
                ? "saturates on the left" : p.saturatesRight() ? "saturates on the right" : "no saturation");
        parts.add(Double.isNaN(p.slopeAtZero()) ? "no f'(0): f jumps there"
                : "f'(0) = " + Numbers.significant(p.slopeAtZero(), 3));
        properties.setText(String.join(" · ", parts) + (p.baseFit() == null ? "" : "\n" + p.baseFit().sentence()));
    }

    /** "kinks at −3, 3", "jump at 0": where f′, or f itself, is discontinuous. */
    private static List<String> nonSmooth(Properties p) {
        List<String> where = new ArrayList<>();
        for (var e : List.of(Map.entry("kink", p.kinks()), Map.entry("jump", p.jumps()))) {
            if (!e.getValue().isEmpty()) {
                where.add(e.getKey() + (e.getValue().size() > 1 ? "s" : "") + " at " + String.join(", ",
                        e.getValue().stream().map(k -> Numbers.significant(k, 2)).toList()));
            }
        }
        return where;
    }
}
