package org.activationexplorer.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationexplorer.plot.ActivationChart;
import org.activationexplorer.plot.CurveShape;
import org.activationexplorer.plot.HealthChart;
import org.activationexplorer.session.HealthHistory;
import org.activationexplorer.train.LayerHealth;
import org.activationexplorer.session.LayerSnapshot;

/** One activation layer enlarged, live or replayed, with labelled axes and a crosshair; Esc or Ctrl+W closes it. */
final class LayerWindow extends Stage {
    final PlotView chart = new PlotView(900, 560);
    /** The layer's health over training (dead units, saturated inputs, mean |f′|), live runs only. */
    final PlotView health = new PlotView(900, 220);

    final FitOverlay fit = new FitOverlay();
    /** Where the learned curve stopped being monotone and its largest slope, on its data range. */
    final javafx.scene.control.Label shape = new javafx.scene.control.Label();
    final javafx.scene.control.Button fitButton = new javafx.scene.control.Button("Fit");
    final javafx.scene.control.Label fitTable = new javafx.scene.control.Label(
            "Fit: which known function did this layer learn? (the best three are drawn over the curve)");

    LayerWindow(ActivationGallery gallery, WindowModel model, int layer) {
        chart.setId("enlarged-" + layer);
        chart.setDrawer((p, w, h, mx, my) -> {
            LayerSnapshot s = gallery.layer(layer);
            if (s == null) {
                return null;
            }
            var axes = chart.axes();
            double x = axes != null && !Double.isNaN(mx) && axes.contains(mx, my) ? axes.dataX(mx) : Double.NaN;
            var drawn = ActivationChart.draw(p, w, h, s, new ActivationChart.Options(gallery.derivative.isSelected(),
                    true, x, Hover.nearestChannel(chart, s, mx, my), model.frame().axes(layer)),
                    model.display.plotFont.get() * 14 / 11);
            fit.draw(p, drawn, s);
            shape.setText(CurveShape.of(s).text()); // 256 points: microseconds
            return drawn;
        });
        health.setId("health-" + layer);
        health.setDrawer((p, w, h, mx, my) -> {
            ViewFrame f = model.frame();
            List<HealthHistory.Point> points = f == null ? List.of() : f.health();
            long[] steps = new long[points.size()];
            List<LayerHealth> series = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                steps[i] = points.get(i).step();
                series.add(points.get(i).layers().get(Math.min(layer, points.get(i).layers().size() - 1)));
            }
            return HealthChart.draw(p, w, h, steps, series, model.display.plotFont.get());
        });
        LayerSnapshot s = gallery.layer(layer);
        setTitle(s == null ? "Activation layer " + (layer + 1) : s.title());
        fitButton.setId("fit");
        fitButton.setTooltip(new javafx.scene.control.Tooltip("Fit this curve with the library of functions, "
                + "weighted by where the layer's inputs fall (F)"));
        fitButton.setOnAction(e -> fit(gallery, layer));
        fitTable.setId("fit-table");
        fitTable.getStyleClass().add("formula");
        fitTable.setWrapText(true);
        fitTable.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all five lines, not two
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(10, fitButton, fitTable);
        bar.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        shape.setId("curve-shape");
        shape.setPadding(new javafx.geometry.Insets(0, 8, 0, 8));
        shape.setWrapText(true); // two lines in a narrow window rather than an ellipsis
        shape.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(bar, shape, chart, health);
        VBox.setVgrow(chart, Priority.ALWAYS);
        Scene scene = new Scene(box, 900, 760);
        Dialogs.closeOnEscapeOrCtrlW(this, scene);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F && !e.isShortcutDown()) {
                fit(gallery, layer);
                e.consume();
            }
        });
        setScene(scene);
    }

    /** Fits the curve on screen; the table and the overlay follow when the fit is done. */
    void fit(ActivationGallery gallery, int layer) {
        LayerSnapshot s = gallery.layer(layer);
        if (s == null) {
            return;
        }
        fitButton.setDisable(true);
        fitTable.setText("Fitting …");
        fit.fit(s, list -> {
            fitButton.setDisable(false);
            fitTable.setText(list.isEmpty() ? "No fit" : FitOverlay.table(list));
            chart.redraw();
        });
    }
}
