package org.activationexplorer.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** Start, Pause/Resume, Step, Stop, Reset and the lecture speed; enabled as the model says. */
final class RunControls extends ToolBar {
    static final String[] SPEEDS = {"Full speed", "30 batches/s", "10 batches/s", "3 batches/s", "1 batch/s"};
    static final double[] RATES = {0, 30, 10, 3, 1};
    final Button start = button("Start", "start", "Train with the settings on the left (Space)");
    final Button pause = button("Pause", "pause", "Pause or resume training (Space)");
    final Button step = button("Step", "step", "Train one batch while paused (S)");
    final Button stop = button("Stop", "stop", "Stop training and save the run (Esc)");
    final Button reset = button("Reset", "reset", "Stop and show the settings' curves before training");
    final ComboBox<String> speed = new ComboBox<>();

    RunControls(WindowModel model, Runnable startAction, Runnable resetAction) {
        setId("run-controls");
        speed.getItems().setAll(SPEEDS);
        speed.setValue(SPEEDS[0]);
        speed.setId("speed");
        speed.setTooltip(new Tooltip("Slow motion for lectures: at most this many batches a second"));
        speed.valueProperty().addListener((o, a, b) -> model.setSpeed(RATES[Math.max(0, speed.getItems().indexOf(b))]));
        start.disableProperty().bind(model.canStartProperty().not());
        pause.disableProperty().bind(model.canPauseProperty().not());
        pause.textProperty().bind(javafx.beans.binding.Bindings.when(model.pausedProperty()).then("Resume")
                .otherwise("Pause"));
        step.disableProperty().bind(model.canStepProperty().not());
        stop.disableProperty().bind(model.canStopProperty().not());
        reset.disableProperty().bind(model.modeProperty().isEqualTo(WindowModel.Mode.REPLAY));
        start.setOnAction(e -> startAction.run());
        pause.setOnAction(e -> model.togglePause());
        step.setOnAction(e -> model.step());
        stop.setOnAction(e -> model.stop());
        reset.setOnAction(e -> resetAction.run());
        start.getStyleClass().add("accent");
        getItems().addAll(start, pause, step, stop, reset, new Separator(), new Label("Speed"), speed);
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
