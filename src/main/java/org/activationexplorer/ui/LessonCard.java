package org.activationexplorer.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationexplorer.lessons.Lesson;

/** Beside the plots during a lesson: its title, what to look for, questions for the audience, and what comes next. */
final class LessonCard extends ScrollPane {
    final Label title = new Label();
    final Label lookFor = new Label();
    final VBox questions = new VBox();
    final Label next = new Label();
    final Button close = new Button("Close");
    private Lesson shown;

    LessonCard() {
        setId("lesson-card");
        getStyleClass().add("lesson-card");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        title.getStyleClass().add("lesson-title");
        for (Label l : new Label[] {title, lookFor, next}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        questions.getStyleClass().add("lesson-questions");
        close.setId("close-lesson");
        close.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE); // the title wraps, the button keeps its word
        close.setOnAction(e -> show(null));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, title, grow, close);
        head.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        VBox content = new VBox(heading("What to look for"), lookFor, heading("Questions"), questions,
                heading("Next"), next);
        content.getStyleClass().add("lesson-content");
        setContent(new VBox(head, content));
        show(null);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("lesson-heading");
        return l;
    }

    /** Shows a lesson's card; null hides the card. */
    void show(Lesson lesson) {
        shown = lesson;
        setVisible(lesson != null);
        setManaged(lesson != null);
        if (lesson == null) {
            return;
        }
        title.setText(lesson.title());
        lookFor.setText(lesson.card().lookFor());
        questions.getChildren().clear();
        int i = 1;
        for (String q : lesson.card().questions()) {
            Label l = new Label(i++ + ". " + q);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            questions.getChildren().add(l);
        }
        next.setText(lesson.card().next());
    }

    /** The lesson on the card, or null. */
    Lesson lesson() {
        return shown;
    }
}
