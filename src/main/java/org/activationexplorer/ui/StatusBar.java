package org.activationexplorer.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.activationexplorer.session.Snapshot;

/** The status line and the run's progress. */
final class StatusBar extends HBox {
    final Label status = new Label();
    final ProgressBar progress = new ProgressBar(0);

    StatusBar(WindowModel model) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.statusProperty());
        status.setTooltip(tip);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinWidth(0);
        status.setWrapText(true); // a second line rather than a cut sentence, with large type
        HBox.setHgrow(status, Priority.ALWAYS);
        progress.setId("progress");
        progress.progressProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            Snapshot s = model.snapshotProperty().get();
            return model.modeProperty().get() != WindowModel.Mode.LIVE || s == null ? 0 : s.progress();
        }, model.snapshotProperty(), model.modeProperty()));
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(status, progress);
    }
}
