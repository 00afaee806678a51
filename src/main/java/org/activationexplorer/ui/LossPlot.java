package org.activationexplorer.ui;

import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.activationexplorer.train.EpochResult;

/** Training loss per batch (faint) with a moving average, and test loss per epoch as dots, on a Canvas. */
final class LossPlot extends Pane {
    private final Canvas canvas = new Canvas();
    private float[] losses = new float[0];
    private float[] smoothed = new float[0];
    private int stride = 1;
    private List<EpochResult> epochs = List.of();
    private int batchesPerEpoch = 1;

    LossPlot() {
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        setId("loss-plot");
    }

    void show(float[] losses, float[] smoothed, int stride, List<EpochResult> epochs, int batchesPerEpoch) {
        this.losses = losses;
        this.smoothed = smoothed;
        this.stride = stride;
        this.epochs = epochs;
        this.batchesPerEpoch = batchesPerEpoch;
        draw();
    }

    private void draw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double left = 60, right = 20, top = 30, bottom = 40;
        double pw = w - left - right, ph = h - top - bottom;
        if (pw <= 10 || ph <= 10) {
            return;
        }
        double maxLoss = 0.5;
        for (float l : losses) {
            maxLoss = Math.max(maxLoss, Math.min(l, 5));
        }
        double batches = Math.max(1, Math.max((double) losses.length * stride, epochs.size() * (double) batchesPerEpoch));
        g.setFont(Font.font(12));
        g.setStroke(Color.gray(0.85));
        g.setFill(Color.gray(0.3));
        for (int i = 0; i <= 5; i++) { // y grid and labels
            double v = maxLoss * i / 5, y = top + ph * (1 - i / 5.0);
            g.strokeLine(left, y, left + pw, y);
            g.fillText(String.format(Locale.ROOT, "%.2f", v), 10, y + 4);
        }
        g.fillText("training loss per batch (grey), moving average (blue), test loss per epoch (orange)", left, 18);
        g.fillText("batches", left + pw / 2 - 20, h - 10);
        if (losses.length > 1) {
            g.setStroke(Color.gray(0.7));
            polyline(g, losses, 1, left, top, pw, ph, batches, maxLoss);
            g.setStroke(Color.web("#1f77b4"));
            g.setLineWidth(2);
            polyline(g, smoothed, 1, left, top, pw, ph, batches, maxLoss);
            g.setLineWidth(1);
        }
        g.setFill(Color.web("#ff7f0e"));
        for (EpochResult r : epochs) {
            double x = left + pw * r.epoch() * batchesPerEpoch / batches;
            double y = top + ph * (1 - Math.min(r.testLoss(), maxLoss) / maxLoss);
            g.fillOval(x - 4, y - 4, 8, 8);
        }
    }

    private void polyline(GraphicsContext g, float[] v, int step, double left, double top, double pw, double ph,
                          double batches, double maxLoss) {
        g.beginPath();
        for (int i = 0; i < v.length; i += step) {
            double x = left + pw * ((i + 0.5) * stride) / batches;
            double y = top + ph * (1 - Math.min(v[i], maxLoss) / maxLoss);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }
}
