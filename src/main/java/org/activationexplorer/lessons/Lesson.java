package org.activationexplorer.lessons;

import java.util.List;
import org.activationexplorer.train.RunConfig;

/**
 * One lesson: the run's settings (a RunConfig whose blas and threads the caller replaces), how the window shows it,
 * and the card beside the plots.
 *
 * @param id       short name, used by --lesson and in file names
 * @param settings the run (unspecified fields are RunConfig.defaults()'s)
 * @param view     slow-motion speed, overlays and hidden controls
 * @param card     what the audience is told
 */
public record Lesson(String id, String title, RunConfig settings, View view, Card card) {

    /** How the window shows the lesson. speed: batches a second (0: full speed); hide: parts of the window. */
    public record View(double speed, boolean derivative, boolean logScale, List<String> hide) {
        /** The parts of the window a lesson may hide. */
        public static final List<String> HIDEABLE = List.of("settings", "speed", "view-options");

        public View {
            hide = List.copyOf(hide);
        }
    }

    /** The card: what to look for, two or three questions for the audience, and what happens next. */
    public record Card(String lookFor, List<String> questions, String next) {
        public Card {
            questions = List.copyOf(questions);
        }
    }
}
