package org.activationexplorer.ui;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationexplorer.plot.LossChart;

/** The loss chart with its view options (log scale, smoothing); in a replay, a click picks the step. */
final class LossPanel extends VBox {
    final PlotView chart = new PlotView(700, 240);
    final HBox header;
    final CheckBox logScale = new CheckBox("Log scale");
    final Slider smoothing = new Slider(0, 0.99, 0.9);

    LossPanel(WindowModel model) {
        setId("loss-panel");
        logScale.setId("log-scale");
        smoothing.setId("smoothing");
        smoothing.setPrefWidth(110);
        smoothing.setTooltip(new Tooltip("Smoothing of the training loss (an exponential moving average)"));
        Label title = new Label("Loss and test accuracy");
        title.getStyleClass().add("panel-title");
        header = new HBox(12, title, new Label("Smoothing"), smoothing, logScale);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");
        chart.setId("loss-plot");
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(header, chart);
        // presentation mode: the view options give their room to the plots
        header.visibleProperty().bind(model.display.viewOptionsShown);
        header.managedProperty().bind(model.display.viewOptionsShown);
        logScale.selectedProperty().addListener(o -> chart.redraw());
        smoothing.valueProperty().addListener(o -> chart.redraw());
        model.display.plotFont.addListener(o -> chart.redraw());
        chart.setDrawer((p, w, h, mx, my) -> {
            ViewFrame f = model.frame();
            if (f == null || f.loss().losses().length == 0 && f.loss().epochs().isEmpty()) {
                return Placeholder.draw(p, w, h, "The training loss and test accuracy appear here once you press Start",
                        model.display.plotFont.get() * 12 / 11);
            }
            boolean replay = model.modeProperty().get() == WindowModel.Mode.REPLAY;
            return LossChart.draw(p, w, h, f == null ? ViewFrame.NO_LOSS : f.loss(), smoothing.getValue(),
                    logScale.isSelected(), mx, replay && f != null ? f.step() : Double.NaN, model.display.plotFont.get() * 12 / 11);
        });
        chart.setOnMouseClicked(e -> {
            RecordedFrames r = model.recorded();
            if (r != null && e.getButton() == MouseButton.PRIMARY && chart.axes() != null) {
                model.seek(r.frameAt(chart.axes().dataX(e.getX())));
            }
        });
    }
}
