package org.activationexplorer.ui;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.activationexplorer.session.EventText;
import org.activationexplorer.session.RunEvent;
import org.activationexplorer.train.RunConfig;

/**
 * Above the plots when a run diverged or failed: one sentence made from the event, and for a divergence a button
 * that restores the last good weights with the settings now on the left.
 */
final class DivergenceBanner extends HBox {
    final Label text = new Label();
    final Button restore = new Button("Restore last good weights");

    DivergenceBanner(WindowModel model, Supplier<RunConfig> settings) {
        setId("divergence-banner-box");
        getStyleClass().add("banner");
        text.setId("divergence-banner");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        restore.setId("restore");
        restore.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        restore.setTooltip(new Tooltip("Go back to the last checkpoint and continue (paused) with the settings now "
                + "on the left: lower the learning rates first"));
        restore.setOnAction(e -> {
            RunConfig c = settings.get();
            if (c != null) {
                model.restore(c);
            }
        });
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(text, restore);
        model.bannerProperty().addListener((o, a, event) -> show(event));
        show(null);
    }

    private void show(RunEvent event) {
        setVisible(event != null);
        setManaged(event != null);
        boolean restorable = event instanceof RunEvent.Diverged || event instanceof RunEvent.RestoreRefused;
        restore.setVisible(restorable);
        restore.setManaged(restorable);
        text.setText(event == null ? "" : EventText.of(event));
    }
}
