package org.activationexplorer.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.activationexplorer.plot.Axes;
import org.activationexplorer.ui.CanvasPainter;
import org.activationexplorer.plot.Painter;

/** A resizable canvas that a chart draws into; remembers the mouse position for hover read-outs. */
final class PlotView extends Region {
    @FunctionalInterface
    interface Drawer {
        /** Draws the chart at size w×h; mouseX/mouseY are NaN when the pointer is elsewhere. */
        Axes draw(Painter p, double w, double h, double mouseX, double mouseY);
    }

    private final Canvas canvas = new Canvas();
    private final CanvasPainter painter = new CanvasPainter(canvas.getGraphicsContext2D());
    private Drawer drawer;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;
    private Axes axes;

    PlotView(double prefWidth, double prefHeight) {
        getChildren().add(canvas);
        setPrefSize(prefWidth, prefHeight);
        setMinSize(120, 90);
        setOnMouseMoved(e -> {
            mouseX = e.getX();
            mouseY = e.getY();
            redraw();
        });
        setOnMouseExited(e -> {
            mouseX = Double.NaN;
            mouseY = Double.NaN;
            redraw();
        });
    }

    void setDrawer(Drawer drawer) {
        this.drawer = drawer;
        redraw();
    }

    /** The axes of the last drawing (for tests and pointer mapping); null before the first. */
    Axes axes() {
        return axes;
    }

    void redraw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (drawer != null && w > 1 && h > 1) {
            axes = drawer.draw(painter, w, h, mouseX, mouseY);
        }
    }

    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth()), h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }
}
