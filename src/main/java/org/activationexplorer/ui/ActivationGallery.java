package org.activationexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.activationexplorer.plot.ActivationChart;
import org.activationexplorer.plot.InputMarks;
import org.activationexplorer.session.DigitAnswer;
import org.activationexplorer.session.LayerSnapshot;

/**
 * One panel per activation layer, filling the space: two layers side by side, four in a 2×2 grid. A click opens
 * the layer in its own window; the header toggles f′ and refits the x-ranges.
 */
final class ActivationGallery extends VBox {
    final HBox header;
    final CheckBox derivative = new CheckBox("f'(x)")  /* ASCII: the window's UI font has no U+2032 */;
    final Button rescale = new Button("Fit x-range");
    final GridPane grid = new GridPane();
    private final List<PlotView> panels = new ArrayList<>();
    private final List<LayerWindow> windows = new ArrayList<>();
    private final WindowModel model;
    private final IntFunction<ContextMenu> exportMenu;
    private ReadOnlyObjectProperty<DigitAnswer> digit;

    ActivationGallery(WindowModel model, IntFunction<ContextMenu> exportMenu) {
        this.model = model;
        this.exportMenu = exportMenu;
        setId("gallery-panel");
        derivative.setId("derivative");
        derivative.setTooltip(new Tooltip("Also draw the derivative f′(x) (purple)"));
        rescale.setId("rescale");
        rescale.setTooltip(new Tooltip("Fit each panel's x-range to the layer's current inputs"));
        rescale.setOnAction(e -> model.rescale());
        rescale.disableProperty().bind(model.modeProperty().isNotEqualTo(WindowModel.Mode.LIVE));
        Label title = new Label("Activation layers · click a panel to enlarge it");
        title.getStyleClass().add("panel-title");
        header = new HBox(12, title, derivative, rescale);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");
        grid.setId("gallery");
        grid.getStyleClass().add("gallery");
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(header, grid);
        // presentation mode: the view options give their room to the plots
        header.visibleProperty().bind(model.display.viewOptionsShown);
        header.managedProperty().bind(model.display.viewOptionsShown);
        derivative.selectedProperty().addListener(o -> redraw());
        model.display.plotFont.addListener(o -> redraw());
    }

    /** Marks on every panel where the drawn digit's inputs fall (see DigitPad). */
    void showDigits(ReadOnlyObjectProperty<DigitAnswer> answers) {
        digit = answers;
        answers.addListener(o -> redraw());
    }

    /** The frame changed: new panels when the layer count changed; returns every canvas to redraw, one by one. */
    List<Runnable> show(ViewFrame frame) {
        int n = frame == null ? 0 : frame.layers().size();
        if (n != panels.size()) {
            build(n);
        }
        List<Runnable> canvases = new ArrayList<>();
        panels.forEach(v -> canvases.add(v::redraw));
        windows.forEach(w -> {
            canvases.add(w.chart::redraw);
            canvases.add(w.health::redraw);
        });
        return canvases;
    }

    void redraw() {
        panels.forEach(PlotView::redraw);
        windows.forEach(w -> {
            w.chart.redraw();
            w.health.redraw();
        });
    }

    int panelCount() {
        return panels.size();
    }

    PlotView panel(int i) {
        return panels.get(i);
    }

    LayerSnapshot layer(int i) {
        ViewFrame f = model.frame();
        return f == null || i >= f.layers().size() ? null : f.layers().get(i);
    }

    private void build(int n) {
        panels.clear();
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int columns = n <= 2 ? Math.max(1, n) : 2, rows = (n + columns - 1) / columns;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < n; i++) {
            int layer = i;
            PlotView v = new PlotView(200, 150);
            v.setId("activation-" + i);
            v.getStyleClass().add("activation-panel");
            v.setMinSize(60, 60);
            v.setPrefSize(200, 150); // the grid gives each its share of the space
            v.setDrawer((p, w, h, mx, my) -> {
                LayerSnapshot s = layer(layer);
                if (s == null) {
                    return null;
                }
                var axes = ActivationChart.draw(p, w, h, s, new ActivationChart.Options(derivative.isSelected(), false,
                        Double.NaN, Hover.nearestChannel(v, s, mx, my), model.frame().axes(layer)),
                        model.display.plotFont.get());
                DigitAnswer d = digit == null ? null : digit.get();
                if (d != null && layer < d.layerInputs().size()) {
                    InputMarks.draw(p, axes, s, d.layerInputs().get(layer)); // where the drawn digit falls
                }
                return axes;
            });
            v.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    enlarge(layer);
                }
            });
            v.setOnContextMenuRequested(e -> exportMenu.apply(layer).show(v, e.getScreenX(), e.getScreenY()));
            panels.add(v);
            grid.add(v, i % columns, i / columns);
        }
    }

    /** The layer in a window of its own, with labelled axes and a crosshair; Esc or Ctrl+W closes it. */
    LayerWindow enlarge(int layer) {
        LayerWindow w = new LayerWindow(this, model, layer);
        windows.add(w);
        w.setOnHidden(e -> windows.remove(w));
        w.show();
        return w;
    }
}
