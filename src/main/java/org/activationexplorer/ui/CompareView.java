package org.activationexplorer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.activationexplorer.plot.CompareChart;
import org.activationexplorer.plot.Comparison;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.train.EpochResult;

/**
 * Two or more saved runs side by side: losses overlaid (against epochs when their epochs have different numbers of
 * batches), the final curves of each activation layer overlaid across the runs that have it (by kind and position:
 * "conv 1", "dense 2"), and a table.
 */
final class CompareView extends BorderPane {
    final PlotView losses = new PlotView(760, 300);
    final PlotView accuracy = new PlotView(420, 300);
    final TilePane layers = new TilePane(8, 8);
    final GridPane table = new GridPane();

    /** What is not overlaid for every run (layers only some networks have); empty and hidden when nothing. */
    final Label note = new Label();

    CompareView(List<RunRecord> runs, List<Path> files) {
        setId("compare");
        Comparison comparison = Comparison.of(runs);
        List<String> names = comparison.names();
        losses.setDrawer((p, w, h, mx, my) -> CompareChart.losses(p, w, h, names, comparison.losses(),
                comparison.strides(), comparison.batchesPerEpoch(), 0.9, 12));
        accuracy.setDrawer((p, w, h, mx, my) -> CompareChart.accuracy(p, w, h, names, comparison.epochs(), 12));
        for (Comparison.Overlay o : comparison.overlays()) { // one overlay per layer name, of the runs that have that layer
            PlotView v = new PlotView(360, 280);
            v.setDrawer((p, w, h, mx, my) -> CompareChart.curves(p, w, h, o.title(), o.names(), o.curves(), o.colors(),
                    11));
            layers.getChildren().add(v);
        }
        String missing = comparison.missing();
        note.setText(missing.isEmpty() ? "" : "Not overlaid for every run: " + missing);
        note.setId("compare-note");
        note.setWrapText(true);
        note.setPadding(new Insets(4, 8, 0, 8));
        note.setVisible(!missing.isEmpty());
        note.setManaged(!missing.isEmpty());
        layers.setPrefTileWidth(370);
        layers.setPrefTileHeight(290);
        layers.setPadding(new Insets(8));
        table.setHgap(18);
        table.setVgap(4);
        table.setPadding(new Insets(8));
        table.setId("compare-table");
        String[] head = {"run", "file", "test accuracy", "activation parameters", "samples/s (median epoch)", "epochs"};
        for (int c = 0; c < head.length; c++) {
            Label h = new Label(head[c]);
            h.getStyleClass().add("panel-title");
            table.add(h, c, 0);
        }
        for (int r = 0; r < runs.size(); r++) {
            RunRecord run = runs.get(r);
            List<EpochResult> epochs = run.epochs();
            double accuracy = epochs.isEmpty() ? Double.NaN : epochs.get(epochs.size() - 1).testAccuracy();
            double[] speeds = epochs.stream().mapToDouble(EpochResult::samplesPerSecond).sorted().toArray();
            int parameters = run.frames().get(run.frames().size() - 1).layers().stream()
                    .mapToInt(l -> l.parameters().length).sum();
            Label name = new Label(names.get(r));
            var c = CompareChart.color(r);
            name.setTextFill(javafx.scene.paint.Color.color(c.red(), c.green(), c.blue())); // the run's own colour
            name.getStyleClass().add("panel-title");
            table.addRow(r + 1, name, new Label(files.get(r).getFileName().toString()),
                    new Label(Double.isNaN(accuracy) ? "–" : String.format(Locale.ROOT, "%.2f %%", 100 * accuracy)),
                    new Label(Integer.toString(parameters)),
                    new Label(speeds.length == 0 ? "–" : String.format(Locale.ROOT, "%,.0f", speeds[speeds.length / 2])),
                    new Label(Integer.toString(epochs.size())));
        }
        ScrollPane scroll = new ScrollPane(layers);
        scroll.setFitToWidth(true);
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(losses, accuracy);
        javafx.scene.layout.HBox.setHgrow(losses, javafx.scene.layout.Priority.ALWAYS);
        setTop(top);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        setCenter(new VBox(note, scroll));
        setBottom(new VBox(table));
        setOnContextMenuRequested(e -> saveMenu(comparison, runs.size()).show(this, e.getScreenX(), e.getScreenY()));
    }

    /** Right-click: the whole comparison as one figure (Comparison.figure), written off the FX thread. */
    private javafx.scene.control.ContextMenu saveMenu(Comparison comparison, int runs) {
        return FigureSaveMenu.of(this, "comparison", "compare-" + runs + "-runs",
                () -> comparison.figure(runs + " runs compared"), text -> {
                    note.setText(text);
                    note.setVisible(true);
                    note.setManaged(true);
                });
    }

    /** Rows in the table (runs). */
    int rows() {
        return table.getRowCount() - 1;
    }
}
