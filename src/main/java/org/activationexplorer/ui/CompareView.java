package org.activationexplorer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.plot.CompareChart;
import org.activationexplorer.plot.RunFigures;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.train.EpochResult;

/** Two or more saved runs side by side: losses overlaid, each layer's final curves overlaid, and a table. */
final class CompareView extends BorderPane {
    final PlotView losses = new PlotView(760, 300);
    final PlotView accuracy = new PlotView(420, 300);
    final TilePane layers = new TilePane(8, 8);
    final GridPane table = new GridPane();

    CompareView(List<RunRecord> runs, List<Path> files) {
        setId("compare");
        List<String> names = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            RunRecord run = runs.get(r);
            names.add(Activations.family(run.config().activation().family()).displayName() + " · " + run.config().arch()
                    + " · seed " + run.config().seed());
        }
        List<float[]> series = runs.stream().map(RunRecord::losses).toList();
        List<Integer> strides = runs.stream().map(RunRecord::lossStride).toList();
        losses.setDrawer((p, w, h, mx, my) -> CompareChart.losses(p, w, h, names, series, strides, 0.9, 12));
        List<List<EpochResult>> epochLists = runs.stream().map(RunRecord::epochs).toList();
        accuracy.setDrawer((p, w, h, mx, my) -> CompareChart.accuracy(p, w, h, names, epochLists, 12));
        List<List<LayerSnapshot>> last = runs.stream().map(r -> RunFigures.layers(r, r.frames().size() - 1)).toList();
        int layerCount = last.stream().mapToInt(List::size).min().orElse(0);
        for (int l = 0; l < layerCount; l++) {
            List<LayerSnapshot> finals = new ArrayList<>();
            for (List<LayerSnapshot> run : last) {
                finals.add(run.get(l));
            }
            PlotView v = new PlotView(360, 280);
            String title = "Layer " + (l + 1) + ": final curves";
            v.setDrawer((p, w, h, mx, my) -> CompareChart.curves(p, w, h, title, names, finals, 11));
            layers.getChildren().add(v);
        }
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
            h.setStyle("-fx-font-weight: bold;");
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
            name.setStyle(String.format(Locale.ROOT, "-fx-text-fill: rgb(%d,%d,%d); -fx-font-weight: bold;",
                    Math.round(c.red() * 255), Math.round(c.green() * 255), Math.round(c.blue() * 255)));
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
        setCenter(scroll);
        setBottom(new VBox(table));
    }

    /** Rows in the table (runs). */
    int rows() {
        return table.getRowCount() - 1;
    }
}
