package org.activationexplorer.ui;

import java.nio.file.Path;
import javafx.scene.Node;
import org.activationexplorer.lessons.Lesson;
import org.activationexplorer.lessons.LessonFormatException;
import org.activationexplorer.lessons.Lessons;

/** Puts a lesson on screen: its settings into the control panel, its speed and overlays, hidden parts, its card. */
final class LessonActions {
    private final ExplorerWindow w;

    LessonActions(ExplorerWindow window) {
        this.w = window;
    }

    /** The bundled lesson `id`; false (and a note why) if there is none. */
    boolean open(String id) {
        return open(() -> Lessons.bundled(id));
    }

    /** A teacher's lesson file; false (and a note naming the field) if it cannot be used. */
    boolean open(Path file) {
        return open(() -> Lessons.load(file));
    }

    private interface Source {
        Lesson read() throws LessonFormatException;
    }

    private boolean open(Source source) {
        try {
            apply(source.read());
            return true;
        } catch (LessonFormatException e) {
            w.model.note("Cannot open the lesson: " + e.getMessage());
            return false;
        }
    }

    /** Stops any run and shows the lesson's preview, ready for Start. */
    void apply(Lesson lesson) {
        w.model.closeReplay();
        w.controls.show(lesson.settings());
        w.reset();
        int speed = 0;
        for (int i = 0; i < RunControls.RATES.length; i++) {
            if (RunControls.RATES[i] == lesson.view().speed()) {
                speed = i;
            }
        }
        w.run.speed.setValue(RunControls.SPEEDS[speed]);
        w.model.setSpeed(lesson.view().speed()); // a speed between the menu's steps is kept as given
        w.gallery.derivative.setSelected(lesson.view().derivative());
        w.loss.logScale.setSelected(lesson.view().logScale());
        w.model.display.settings.set(!lesson.view().hide().contains("settings"));
        show(w.run.speed, !lesson.view().hide().contains("speed"));
        w.model.display.viewOptions.set(!lesson.view().hide().contains("view-options"));
        w.card.show(lesson);
        w.model.note("Lesson: " + lesson.title());
    }

    /** Leaves the lesson: every part of the window back, the card closed. */
    void close() {
        w.model.display.settings.set(true);
        w.model.display.viewOptions.set(true);
        show(w.run.speed, true);
        w.card.show(null);
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
