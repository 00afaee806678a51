package org.activationexplorer.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.activationexplorer.plot.Color;
import org.activationexplorer.plot.Painter;

/** Painter on a JavaFX canvas. */
public final class CanvasPainter implements Painter {
    private final GraphicsContext g;
    private final Font[] regular = new Font[40];
    private final Font[] bold = new Font[40];

    public CanvasPainter(GraphicsContext g) {
        this.g = g;
        g.setTextBaseline(VPos.BASELINE);
        g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
    }

    private static javafx.scene.paint.Color fx(Color c) {
        return javafx.scene.paint.Color.color(c.red(), c.green(), c.blue(), c.opacity());
    }

    @Override
    public void stroke(Color color, double width) {
        g.setStroke(fx(color));
        g.setLineWidth(width);
    }

    @Override
    public void dashed(boolean dashed) {
        if (dashed) {
            g.setLineDashes(5, 4);
        } else {
            g.setLineDashes((double[]) null);
        }
    }

    @Override
    public void fill(Color color) {
        g.setFill(fx(color));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        g.beginPath();
        boolean pen = false;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(xs[i]) || Double.isNaN(ys[i])) {
                pen = false;
                continue;
            }
            if (pen) {
                g.lineTo(xs[i], ys[i]);
            } else {
                g.moveTo(xs[i], ys[i]);
                pen = true;
            }
        }
        g.stroke();
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void text(String s, double x, double y, double size, int align, boolean isBold) {
        int key = (int) Math.max(1, Math.min(39, Math.round(size)));
        Font[] cache = isBold ? bold : regular;
        if (cache[key] == null) {
            cache[key] = Font.font("System", isBold ? FontWeight.BOLD : FontWeight.NORMAL, key);
        }
        g.setFont(cache[key]);
        g.setTextAlign(align < 0 ? TextAlignment.LEFT : align == 0 ? TextAlignment.CENTER : TextAlignment.RIGHT);
        g.fillText(s, x, y);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
    }

    @Override
    public void unclip() {
        g.restore();
    }

    @Override
    public void translate(double dx, double dy) {
        g.save();
        g.translate(dx, dy);
    }

    @Override
    public void untranslate() {
        g.restore();
    }
}
