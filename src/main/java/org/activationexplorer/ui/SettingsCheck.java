package org.activationexplorer.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;

/**
 * The control panel's problems, all at once, each with the field it belongs to: numbers that do not parse, then
 * RunConfig's own checks (whose messages begin with the setting's name, so a message is matched to its field by
 * that prefix; the longest prefix wins, "activation learning rate" before "learning rate").
 */
final class SettingsCheck {
    private final List<String> problems = new ArrayList<>();
    private final Set<Node> marked = new HashSet<>();

    /** The number in `text`, or `fallback` with a problem noted against `field` (so the rest can still be checked). */
    double number(Node field, String text, String name, double fallback) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            problems.add(name + " must be a number, got '" + text + "'");
            marked.add(field);
            return fallback;
        }
    }

    void problem(Node field, String message) {
        problems.add(message);
        marked.add(field);
    }

    /** RunConfig's problems; each is marked on the field whose prefix it starts with (if any). */
    void add(List<String> configProblems, Map<Node, String> prefixes) {
        for (String p : configProblems) {
            problems.add(p);
            Node best = null;
            int length = 0;
            for (var e : prefixes.entrySet()) {
                if (p.startsWith(e.getValue()) && e.getValue().length() > length) {
                    best = e.getKey();
                    length = e.getValue().length();
                }
            }
            if (best != null) {
                marked.add(best);
            }
        }
    }

    List<String> problems() {
        return problems;
    }

    Set<Node> marked() {
        return marked;
    }
}
