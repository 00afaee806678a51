package org.activationexplorer.ui;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.activationexplorer.session.Snapshot;

/** A row of test digits with the network's prediction and confidence; wrong ones framed in red. */
final class PredictionStrip extends HBox {
    private List<Snapshot.Prediction> shown = List.of();

    PredictionStrip() {
        setSpacing(6);
        setPadding(new Insets(4, 8, 4, 8));
        setId("predictions");
    }

    void show(List<Snapshot.Prediction> predictions) {
        if (predictions == shown) {
            return; // the same list: refreshed once per epoch
        }
        shown = predictions;
        getChildren().clear();
        for (Snapshot.Prediction p : predictions) {
            Canvas c = new Canvas(p.cols() + 4, p.rows() + 4);
            GraphicsContext g = c.getGraphicsContext2D();
            g.setFill(p.correct() ? Color.gray(0.8) : Color.web("#d62728"));
            g.fillRect(0, 0, c.getWidth(), c.getHeight());
            WritableImage image = new WritableImage(p.cols(), p.rows());
            PixelWriter w = image.getPixelWriter();
            for (int y = 0; y < p.rows(); y++) {
                for (int x = 0; x < p.cols(); x++) {
                    double v = 1 - (p.pixels()[y * p.cols() + x] & 0xFF) / 255.0;
                    w.setColor(x, y, Color.gray(v));
                }
            }
            g.drawImage(image, 2, 2);
            Label text = new Label(String.format(Locale.ROOT, "%d · %.0f%%", p.predicted(), 100 * p.confidence()));
            text.setStyle("-fx-font-size: 11;" + (p.correct() ? "" : " -fx-text-fill: #d62728; -fx-font-weight: bold;"));
            VBox cell = new VBox(1, c, text);
            cell.getStyleClass().add(p.correct() ? "prediction-right" : "prediction-wrong");
            getChildren().add(cell);
        }
    }
}
