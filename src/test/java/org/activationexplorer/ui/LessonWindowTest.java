package org.activationexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationexplorer.lessons.Lesson;
import org.activationexplorer.lessons.Lessons;
import org.activationexplorer.session.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every bundled lesson opens in the window with its settings, view and card, and trains 20 batches. */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTest {
    private ExplorerWindow window;

    @Start
    void start(Stage stage) {
        window = new ExplorerWindow(WindowSettings.fromSystemProperties());
        Scene scene = new Scene(window);
        window.installShortcuts(scene);
        stage.setScene(scene);
        WindowPlacement.place(stage, null);
        stage.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::shutdown);
    }

    @Test
    void everyBundledLessonOpensWithItsCardAndTrainsTwentyBatches(FxRobot robot) throws Exception {
        for (Lesson lesson : Lessons.bundled()) {
            robot.interact(() -> window.lessons.apply(lesson));
            assertEquals(lesson.settings().activation().family(), window.controls.family.getValue(), lesson.id());
            assertEquals(lesson.settings().arch(), window.controls.arch.getValue(), lesson.id());
            assertTrue(window.card.isVisible() && window.card.title.getText().equals(lesson.title()), lesson.id());
            assertEquals(lesson.card().questions().size(), window.card.questions.getChildren().size());
            assertEquals(lesson.view().derivative(), window.gallery.derivative.isSelected(), lesson.id());
            robot.interact(() -> window.model.setSpeed(0)); // a test does not watch in slow motion
            robot.interact(window::start);
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
                Snapshot s = window.model.snapshot();
                return s != null && s.steps() >= 20 || s != null && !s.active();
            });
            Snapshot s = window.model.snapshot();
            assertTrue(s.steps() >= 20 && s.state() != Snapshot.State.DIVERGED && s.state() != Snapshot.State.FAILED,
                    lesson.id() + ": " + s.state() + " after " + s.steps());
            var family = org.activationexplorer.activation.Activations.family(lesson.settings().activation().family());
            assertEquals(family.name(), s.config().activation().family(), lesson.id() + " trains its family");
            assertEquals(family.resolve(lesson.settings().activation().params()),
                    family.resolve(s.config().activation().params()), lesson.id() + " with its hyperparameters");
            robot.interact(window.model::stop);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.model.snapshot().active());
        }
    }

    @Test
    void aTeachersLessonHidesWhatItSaysAndAMalformedOneIsNamed(FxRobot robot, @TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.json");
        Files.writeString(mine, """
                {"format": "activation-explorer-lesson", "id": "mine", "title": "Only the curves",
                 "settings": {"activation": "gelu", "hidden": [32]},
                 "view": {"hide": ["settings", "view-options"], "speed": 3},
                 "card": {"look_for": "the curve", "questions": ["why?", "how?"], "next": "nothing"}}""");
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = window.lessons.open(mine));
        assertTrue(opened[0]);
        assertFalse(window.left.isVisible(), "the settings are hidden");
        assertFalse(window.loss.header.isVisible(), "the view options are hidden");
        assertEquals("3 batches/s", window.run.speed.getValue());
        robot.interact(() -> window.card.close.fire());
        assertTrue(window.left.isVisible(), "closing the lesson shows the settings again");
        assertTrue(window.loss.header.isVisible(), "and the view options");
        assertFalse(window.card.isVisible());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(mine).replace("\"speed\": 3", "\"speed\": \"fast\""));
        robot.interact(() -> opened[0] = window.lessons.open(bad));
        assertFalse(opened[0]);
        assertTrue(window.status.status.getText().contains("view.speed"), "the field is named: "
                + window.status.status.getText());
    }
}
