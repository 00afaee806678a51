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
import org.activationexplorer.nn.Architectures;
import org.activationexplorer.plot.Color;
import org.activationexplorer.plot.CompareChart;
import org.activationexplorer.plot.LayerMatch;
import org.activationexplorer.plot.RunFigures;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.session.LayerSnapshot;
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
        List<String> names = new ArrayList<>(), networks = new ArrayList<>();
        for (RunRecord run : runs) {
            networks.add(Architectures.label(run.config().arch(), run.config().hidden()));
            names.add(RunFigures.families(run.config()) + " · " + networks.get(networks.size() - 1) + " · seed "
                    + run.config().seed());
        }
        List<float[]> series = runs.stream().map(RunRecord::losses).toList();
        List<Integer> strides = runs.stream().map(RunRecord::lossStride).toList();
        List<Integer> perEpoch = runs.stream().map(r -> RunFigures.lossData(r).batchesPerEpoch()).toList();
        losses.setDrawer((p, w, h, mx, my) -> CompareChart.losses(p, w, h, names, series, strides, perEpoch, 0.9, 12));
        List<List<EpochResult>> epochLists = runs.stream().map(RunRecord::epochs).toList();
        accuracy.setDrawer((p, w, h, mx, my) -> CompareChart.accuracy(p, w, h, names, epochLists, 12));
        List<List<LayerSnapshot>> last = runs.stream().map(r -> RunFigures.layers(r, r.frames().size() - 1)).toList();
        List<List<String>> layerNames = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            layerNames.add(layerNames(runs.get(r), last.get(r).size()));
        }
        List<LayerMatch.Group> groups = LayerMatch.groups(layerNames);
        for (LayerMatch.Group g : groups) { // one overlay per layer name, of the runs that have that layer
            List<LayerSnapshot> finals = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            List<Color> colors = new ArrayList<>();
            for (int k = 0; k < g.runs().size(); k++) {
                int r = g.runs().get(k);
                finals.add(last.get(r).get(g.layers().get(k)));
                RunRecord run = runs.get(r); // a run with a family per layer is named by this layer's family
                shown.add(!run.config().perLayer() ? names.get(r) : RunFigures.family(run.config(), g.layers().get(k))
                        .displayName() + " · " + networks.get(r) + " · seed " + run.config().seed());
                colors.add(CompareChart.color(r)); // each run keeps its colour from the table and the loss chart
            }
            PlotView v = new PlotView(360, 280);
            String title = LayerMatch.title(g, networks);
            v.setDrawer((p, w, h, mx, my) -> CompareChart.curves(p, w, h, title, shown, finals, colors, 11));
            layers.getChildren().add(v);
        }
        String missing = LayerMatch.note(groups, networks);
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
    }

    /** The run's activation layers by kind and position; "layer i" if the record's layers do not match its network. */
    private static List<String> layerNames(RunRecord run, int count) {
        try {
            List<String> names = Architectures.activationLayers(run.config().arch(), run.config().hidden());
            if (names.size() == count) {
                return names;
            }
        } catch (IllegalArgumentException e) {
            // an architecture this version does not know: compare by position alone
        }
        List<String> names = new ArrayList<>();
        for (int l = 1; l <= count; l++) {
            names.add("layer " + l);
        }
        return names;
    }

    /** Rows in the table (runs). */
    int rows() {
        return table.getRowCount() - 1;
    }
}
