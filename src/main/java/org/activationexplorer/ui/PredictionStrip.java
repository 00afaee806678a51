package org.activationexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.activationexplorer.session.Snapshot;

/**
 * A row of test images (digits as ink on paper, colour images in colour) with the network's answer, a digit or a
 * class name, and its confidence (wrong ones framed in red; the true class on pointing at one), captioned with the
 * step whose network answered. The cells are built once and only repainted, so a refresh costs no new nodes.
 */
final class PredictionStrip extends HBox {
    private List<Snapshot.Prediction> shown = List.of();
    private final List<Cell> cells = new ArrayList<>();
    private final Label caption = new Label();

    private record Cell(VBox box, WritableImage image, Label text, Tooltip detail) {}

    private static final javafx.css.PseudoClass WRONG = javafx.css.PseudoClass.getPseudoClass("wrong");

    PredictionStrip() {
        setSpacing(6);
        setPadding(new Insets(4, 8, 4, 8));
        setId("predictions");
        getStyleClass().add("prediction-strip");
        caption.setId("predictions-step");
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        caption.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        getChildren().add(caption);
    }

    /**
     * One row, as many digits as fit: in a narrow window the last ones are left out whole rather than cut, and the
     * strip never takes a second row from the plots.
     */
    @Override
    protected void layoutChildren() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset() - caption.prefWidth(-1) - getSpacing();
        for (Cell cell : cells) {
            double need = cell.box().prefWidth(-1) + getSpacing();
            boolean fits = room >= need && cells.indexOf(cell) < shown.size();
            cell.box().setVisible(fits);
            cell.box().setManaged(fits);
            room -= fits ? need : 0;
        }
        super.layoutChildren();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0; // the cells that do not fit are hidden, so the strip never forces the window wider
    }

    /** The cells on screen (for tests). */
    int size() {
        return shown.size();
    }

    /** Shows the predictions made by the network of `step` (-1: none yet). */
    void show(List<Snapshot.Prediction> predictions, long step) {
        if (predictions == shown) {
            return; // the same list: it changes every 2 s at most
        }
        shown = predictions;
        caption.setText(predictions.isEmpty() ? "" : PredictionImages.caption(predictions.get(0), step));
        if (!predictions.isEmpty() && !cells.isEmpty() && !fits(cells.get(0), predictions.get(0))) {
            cells.forEach(c -> getChildren().remove(c.box())); // another dataset's images: new cells of their size
            cells.clear();
        }
        while (cells.size() < predictions.size()) {
            Snapshot.Prediction p = predictions.get(cells.size());
            WritableImage image = new WritableImage(p.cols(), p.rows());
            Label text = new Label();
            ImageView view = new ImageView(image);
            view.setFitWidth(p.cols() * 1.25); // 35 px for MNIST, 40 for CIFAR-10
            view.setFitHeight(p.rows() * 1.25);
            VBox box = new VBox(1, view, text);
            box.getStyleClass().add("prediction");
            Tooltip detail = new Tooltip();
            Tooltip.install(box, detail);
            cells.add(new Cell(box, image, text, detail));
            getChildren().add(box);
        }
        for (int i = 0; i < predictions.size(); i++) {
            paint(cells.get(i), predictions.get(i));
        }
        requestLayout(); // which cells fit (layoutChildren)
    }

    private static boolean fits(Cell cell, Snapshot.Prediction p) {
        return cell.image().getWidth() == p.cols() && cell.image().getHeight() == p.rows();
    }

    private static void paint(Cell cell, Snapshot.Prediction p) {
        cell.image().getPixelWriter().setPixels(0, 0, p.cols(), p.rows(), PixelFormat.getIntArgbInstance(),
                PredictionImages.argb(p), 0, p.cols());
        cell.text().setText(PredictionImages.answer(p));
        cell.detail().setText(PredictionImages.detail(p));
        cell.box().pseudoClassStateChanged(WRONG, !p.correct());
    }
}
