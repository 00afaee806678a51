package org.activationexplorer.ui;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.activationexplorer.io.AtomicFiles;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.session.Snapshot;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.ui.plot.CanvasPainter;
import org.activationexplorer.ui.plot.Figure;
import org.activationexplorer.ui.plot.LossChart;
import org.activationexplorer.ui.plot.SvgPainter;

/** Writes figures as SVG or PNG and the data behind them as CSV; every file is written atomically. */
final class Exporter {
    private Exporter() {}

    static void svg(Figure figure, Path file) throws IOException {
        SvgPainter painter = new SvgPainter(figure.width(), figure.height());
        figure.drawing().accept(painter);
        AtomicFiles.write(file, painter.document().getBytes(StandardCharsets.UTF_8));
    }

    /** PNG at scale× the figure's size. Call on the FX thread (it draws on a canvas). */
    static void png(Figure figure, double scale, Path file) throws IOException {
        int w = (int) Math.round(figure.width() * scale), h = (int) Math.round(figure.height() * scale);
        Canvas canvas = new Canvas(w, h);
        var g = canvas.getGraphicsContext2D();
        g.scale(scale, scale);
        figure.drawing().accept(new CanvasPainter(g));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = canvas.snapshot(parameters, new WritableImage(w, h));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(out, "png", bytes);
        AtomicFiles.write(file, bytes.toByteArray());
    }

    /** Per-batch loss (each point averages `stride` batches) with the smoothed value, then the epochs. */
    static void lossCsv(Snapshot s, double smoothing, Path file) throws IOException {
        StringBuilder b = new StringBuilder("batch,loss,smoothed\n");
        double[] smooth = LossChart.smooth(s.losses(), smoothing);
        for (int i = 0; i < s.losses().length; i++) {
            b.append(String.format(Locale.ROOT, "%.1f,%.6g,%.6g%n", (i + 0.5) * s.lossStride(), s.losses()[i], smooth[i]));
        }
        AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder e = new StringBuilder("epoch,train_loss,test_loss,test_accuracy,samples_per_s\n");
        for (EpochResult r : s.epochs()) {
            e.append(String.format(Locale.ROOT, "%d,%.6g,%.6g,%.6g,%.0f%n", r.epoch(), r.trainLoss(), r.testLoss(),
                    r.testAccuracy(), r.samplesPerSecond()));
        }
        AtomicFiles.write(sibling(file, "-epochs"), e.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Curve samples of every layer: layer, x, y = f(x), dy = f′(x), and the initial curve. */
    static void curvesCsv(List<LayerSnapshot> layers, Path file) throws IOException {
        StringBuilder b = new StringBuilder("layer,x,y,dy,initial_y,initial_dy\n");
        for (LayerSnapshot l : layers) {
            for (int i = 0; i < l.xs().length; i++) {
                b.append(String.format(Locale.ROOT, "%d,%.6g,%.8g,%.8g,%.8g,%.8g%n", l.index() + 1, l.xs()[i], l.y()[i],
                        l.dy()[i], l.initialY()[i], l.initialDy()[i]));
            }
        }
        AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** name.csv → name-suffix.csv beside it. */
    static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name, ext = dot > 0 ? name.substring(dot) : "";
        return file.resolveSibling(stem + suffix + ext);
    }
}
