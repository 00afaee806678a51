package org.activationexplorer.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * While a saved run is replayed: its timeline over the recorded steps, Play at a chosen speed, back to Live, and
 * "New run from these settings" (the run's configuration goes into the control panel, editable).
 */
final class ReplayBar extends HBox {
    /** Replay speed in recorded steps per second; the player's key frame is 100 ms at rate 1. */
    static final int[] PLAY_FRAMES_PER_SECOND = {2, 5, 10, 20, 40};
    final Slider timeline = new Slider(0, 1, 0);
    final Label stepLabel = new Label();
    final Button play = new Button("Play");
    final ComboBox<String> playSpeed = new ComboBox<>();
    final Button live = new Button("Live");
    final Button newRun = new Button("New run from these settings");
    private final Timeline player = new Timeline();
    private final WindowModel model;

    ReplayBar(WindowModel model, Runnable newRunFromSettings) {
        this.model = model;
        setId("replay-bar");
        getStyleClass().add("replay-bar");
        timeline.setId("timeline");
        timeline.setMajorTickUnit(1);
        timeline.setMinorTickCount(0);
        timeline.setSnapToTicks(true);
        HBox.setHgrow(timeline, Priority.ALWAYS);
        timeline.valueProperty().addListener((o, a, b) -> model.seek((int) Math.round(b.doubleValue())));
        play.setId("play");
        live.setId("live");
        newRun.setId("new-run");
        live.setTooltip(new Tooltip("Leave the replay: back to the live run or the preview"));
        newRun.setTooltip(new Tooltip("Put this run's settings into the control panel, ready to Start"));
        for (int fps : PLAY_FRAMES_PER_SECOND) {
            playSpeed.getItems().add(fps + " steps/s");
        }
        playSpeed.setId("play-speed");
        playSpeed.setTooltip(new Tooltip("How many recorded steps Play shows per second"));
        playSpeed.valueProperty().addListener((o, a, b) -> player.setRate(
                PLAY_FRAMES_PER_SECOND[playSpeed.getItems().indexOf(b)] / 10.0));
        playSpeed.setValue(playSpeed.getItems().get(1));
        player.setCycleCount(Animation.INDEFINITE);
        player.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> {
            if (timeline.getValue() >= timeline.getMax()) {
                stopPlaying();
            } else {
                timeline.setValue(timeline.getValue() + 1);
            }
        }));
        play.setOnAction(e -> togglePlay());
        live.setOnAction(e -> model.closeReplay());
        newRun.setOnAction(e -> newRunFromSettings.run());
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(new Label("Timeline"), timeline, stepLabel, play, playSpeed, live, newRun);
        model.modeProperty().addListener((o, a, b) -> showMode(b));
        model.frameProperty().addListener((o, a, f) -> follow());
        showMode(model.modeProperty().get());
    }

    private void showMode(WindowModel.Mode mode) {
        boolean replay = mode == WindowModel.Mode.REPLAY;
        setVisible(replay);
        setManaged(replay);
        if (!replay) {
            stopPlaying();
        }
    }

    /** Timeline and label follow the frame shown (seeks from the loss chart or the keyboard included). */
    private void follow() {
        RecordedFrames r = model.recorded();
        if (r == null) {
            return;
        }
        timeline.setMax(Math.max(1, r.frames() - 1));
        if ((int) Math.round(timeline.getValue()) != r.index()) {
            timeline.setValue(r.index());
        }
        stepLabel.setText("step " + model.frame().step() + " of " + r.run().steps());
    }

    /** ←/→: one recorded step back or on. */
    void nudge(int by) {
        timeline.setValue(timeline.getValue() + by);
    }

    void togglePlay() {
        if (player.getStatus() == Animation.Status.RUNNING) {
            stopPlaying();
        } else {
            if (timeline.getValue() >= timeline.getMax()) {
                timeline.setValue(0);
            }
            play.setText("Pause");
            player.play();
        }
    }

    void stopPlaying() {
        player.stop();
        play.setText("Play");
    }
}
