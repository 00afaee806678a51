package org.activationexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.activationexplorer.session.Snapshot;

/**
 * A row of test digits with the network's prediction and confidence; wrong ones framed in red. The cells
 * are built once and only repainted, so an epoch's refresh costs no layout of new nodes.
 */
final class PredictionStrip extends HBox {
    private List<Snapshot.Prediction> shown = List.of();
    private final List<Cell> cells = new ArrayList<>();

    private record Cell(VBox box, WritableImage image, Label text) {}

    PredictionStrip() {
        setSpacing(6);
        setPadding(new Insets(4, 8, 4, 8));
        setMinHeight(54);
        setId("predictions");
    }

    /** The cells on screen (for tests). */
    int size() {
        return shown.size();
    }

    void show(List<Snapshot.Prediction> predictions) {
        if (predictions == shown) {
            return; // the same list: it changes once per epoch
        }
        shown = predictions;
        while (cells.size() < predictions.size()) {
            Snapshot.Prediction p = predictions.get(cells.size());
            WritableImage image = new WritableImage(p.cols(), p.rows());
            Label text = new Label();
            VBox box = new VBox(1, new ImageView(image), text);
            box.setPadding(new Insets(2));
            cells.add(new Cell(box, image, text));
            getChildren().add(box);
        }
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            boolean visible = i < predictions.size();
            cell.box().setVisible(visible);
            if (visible) {
                paint(cell, predictions.get(i));
            }
        }
    }

    private static void paint(Cell cell, Snapshot.Prediction p) {
        PixelWriter w = cell.image().getPixelWriter();
        int cols = (int) cell.image().getWidth(), rows = (int) cell.image().getHeight();
        for (int y = 0; y < Math.min(rows, p.rows()); y++) {
            for (int x = 0; x < Math.min(cols, p.cols()); x++) {
                w.setColor(x, y, Color.gray(1 - (p.pixels()[y * p.cols() + x] & 0xFF) / 255.0));
            }
        }
        cell.text().setText(String.format(Locale.ROOT, "%d · %.0f%%", p.predicted(), 100 * p.confidence()));
        cell.text().setStyle("-fx-font-size: 11;" + (p.correct() ? "" : " -fx-text-fill: #d62728; -fx-font-weight: bold;"));
        cell.box().setStyle(p.correct() ? "-fx-border-color: #cccccc;" : "-fx-border-color: #d62728; -fx-border-width: 2;");
    }
}
