package org.activationexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.activationexplorer.data.DigitImage;
import org.activationexplorer.session.DigitAnswer;

/**
 * Draw a digit with the mouse (or a finger): at every stroke's end it is made into MNIST's form (DigitImage: light
 * ink on dark, cropped, fitted into 20×20, centred by its centre of mass), shown as the 28×28 image the network sees,
 * and answered by the network on screen: ten probability bars here, and on every activation panel the places on the
 * curve where this digit's inputs fall.
 */
final class DigitPad extends Stage {
    static final int SIZE = 280;
    final Canvas pad = new Canvas(SIZE, SIZE);
    final WritableImage seen = new WritableImage(DigitImage.SIZE, DigitImage.SIZE);
    final Label answer = new Label("Draw a digit");
    final List<ProgressBar> bars = new ArrayList<>();
    final Button clear = new Button("Clear");
    private final DigitClassifier classifier;
    private final ExplorerWindow window;

    DigitPad(ExplorerWindow window, DigitClassifier classifier) {
        this.window = window;
        this.classifier = classifier;
        setTitle("Draw a digit");
        pad.setId("digit-pad");
        GraphicsContext g = pad.getGraphicsContext2D();
        blank(g);
        pad.setOnMousePressed(e -> dot(g, e.getX(), e.getY()));
        pad.setOnMouseDragged(e -> dot(g, e.getX(), e.getY()));
        pad.setOnMouseReleased(e -> classify());
        clear.setId("clear-digit");
        clear.setOnAction(e -> {
            blank(g);
            classifier.clear();
            answer.setText("Draw a digit");
        });
        ImageView view = new ImageView(seen);
        view.setFitWidth(112);
        view.setFitHeight(112);
        view.setSmooth(false);
        VBox probabilities = new VBox(2);
        for (int d = 0; d < 10; d++) {
            ProgressBar bar = new ProgressBar(0);
            bar.setPrefWidth(150);
            bars.add(bar);
            HBox row = new HBox(6, new Label(Integer.toString(d)), bar);
            row.setAlignment(Pos.CENTER_LEFT);
            probabilities.getChildren().add(row);
        }
        answer.setId("digit-answer");
        answer.setWrapText(true);
        answer.setMaxWidth(220);
        answer.getStyleClass().add("lesson-title");
        VBox side = new VBox(8, answer, new Label("What the network sees (28×28):"), view, probabilities);
        HBox root = new HBox(12, new VBox(8, pad, clear), side);
        root.setPadding(new Insets(10));
        root.getStylesheets().addAll(window.getStylesheets());
        Scene scene = new Scene(root);
        Dialogs.closeOnEscapeOrCtrlW(this, scene);
        setScene(scene);
        AnimationTimer pump = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (classifier.pulse()) {
                    show(classifier.answerProperty().get());
                }
            }
        };
        pump.start();
        setOnHidden(e -> {
            pump.stop();
            classifier.clear();
        });
    }

    private static void blank(GraphicsContext g) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
    }

    /** A round brush about as wide, at 28×28, as MNIST's strokes (two to three pixels). */
    private static void dot(GraphicsContext g, double x, double y) {
        g.setFill(Color.BLACK);
        g.fillOval(x - 11, y - 11, 22, 22);
    }

    /** The pad's pixels made into MNIST's form and sent to the network on screen. */
    void classify() {
        WritableImage shot = pad.snapshot(null, null);
        PixelReader r = shot.getPixelReader();
        int w = (int) shot.getWidth(), h = (int) shot.getHeight();
        double[] gray = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                gray[y * w + x] = r.getColor(x, y).getBrightness();
            }
        }
        classify(gray, w, h);
    }

    /** The same for grey values in [0, 1] (tests draw with this). */
    void classify(double[] gray, int w, int h) {
        byte[] image;
        try {
            image = DigitImage.fromGray(gray, w, h);
        } catch (IllegalArgumentException e) {
            answer.setText("No ink yet");
            return;
        }
        for (int y = 0; y < DigitImage.SIZE; y++) {
            for (int x = 0; x < DigitImage.SIZE; x++) {
                seen.getPixelWriter().setColor(x, y, Color.gray((image[y * DigitImage.SIZE + x] & 0xFF) / 255.0));
            }
        }
        classifier.classify(image, window.controls.dataset.getValue());
    }

    private void show(DigitAnswer a) {
        if (a == null) {
            return;
        }
        for (int d = 0; d < bars.size() && d < a.probabilities().length; d++) {
            bars.get(d).setProgress(a.probabilities()[d]);
        }
        answer.setText(String.format(Locale.ROOT, "It is a %d (%.0f %%)%s", a.predicted(),
                100 * a.probabilities()[a.predicted()], a.step() >= 0 ? ", step " + a.step() : ""));
    }
}
