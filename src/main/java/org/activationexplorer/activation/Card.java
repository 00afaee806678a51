package org.activationexplorer.activation;

import java.util.Locale;
import java.util.Map;

/**
 * Where a family comes from: a citation and how faithful this project's formula is to it. Kept apart from the
 * formula so that the CLI, run files and the UI can say "reconstructed" next to a result instead of implying
 * the authors' own function.
 *
 * @param citation  authors, title, venue and year (and arXiv id where the spec or seeds confirm one)
 * @param form      how the implemented formula relates to the cited source
 * @param initForms initialisation bases whose starting curve has a different standing than the family
 *                  (Taylor's ReLU start is a least-squares fit, not a series), with a note that says why
 */
public record Card(String citation, Form form, Map<String, Note> initForms) {

    /** How the implemented formula relates to the source. */
    public enum Form {
        /** The published formula as written (for classical functions: the standard textbook formula). */
        PAPER,
        /** The same functions as the source, written differently by this project (e.g. for trainable parameters). */
        REFORMULATED,
        /** The source's formula was not available; the form is this project's reconstruction from its description. */
        RECONSTRUCTED,
        /** A least-squares fit to a target function, not an exact expansion. */
        FIT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The form of one initialisation and why. */
    public record Note(Form form, String why) {}

    public Card {
        if (citation == null || citation.isBlank() || form == null) {
            throw new IllegalArgumentException("a card needs a citation and a form");
        }
        initForms = Map.copyOf(initForms);
    }

    public static Card of(String citation, Form form) {
        return new Card(citation, form, Map.of());
    }

    /** The form of the family started from the given initialisation base (null: the family's default). */
    public Form form(String init) {
        Note note = init == null ? null : initForms.get(init);
        return note == null ? form : note.form();
    }
}
