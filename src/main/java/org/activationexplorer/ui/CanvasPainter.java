package org.activationexplorer.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.activationexplorer.plot.Color;
import org.activationexplorer.plot.Painter;
import org.activationexplorer.plot.SegmentClip;

/**
 * Painter on a JavaFX canvas. clip() is done here, on the geometry (segments, rectangles and polygons cut to the
 * rectangle), not with the canvas's own clip: that one builds a mask and composites through it on every frame,
 * which a software renderer (Xvfb, no GPU) paid for on every redraw.
 */
public final class CanvasPainter implements Painter {
    private final GraphicsContext g;
    private boolean clipping;
    private double clipLeft, clipTop, clipRight, clipBottom;
    private final double[] segment = new double[4];
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
        if (!clipping) {
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
            return;
        }
        boolean pen = false; // the path ends at the previous segment's end, which was not cut
        for (int i = 1; i < n; i++) {
            if (Double.isNaN(xs[i - 1]) || Double.isNaN(ys[i - 1]) || Double.isNaN(xs[i]) || Double.isNaN(ys[i])
                    || !clipSegment(xs[i - 1], ys[i - 1], xs[i], ys[i])) {
                pen = false;
                continue;
            }
            boolean startCut = segment[0] != xs[i - 1] || segment[1] != ys[i - 1];
            if (!pen || startCut) {
                g.moveTo(segment[0], segment[1]);
            }
            g.lineTo(segment[2], segment[3]);
            pen = segment[2] == xs[i] && segment[3] == ys[i];
        }
        g.stroke();
    }

    private boolean clipSegment(double x0, double y0, double x1, double y1) {
        return SegmentClip.clip(x0, y0, x1, y1, clipLeft, clipTop, clipRight, clipBottom, segment);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        if (!clipping) {
            g.strokeLine(x1, y1, x2, y2);
        } else if (clipSegment(x1, y1, x2, y2)) {
            g.strokeLine(segment[0], segment[1], segment[2], segment[3]);
        }
    }

    /** Clipped by clamping the vertices to the rectangle: exact for the bands the charts fill (x inside). */
    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (!clipping) {
            g.fillPolygon(xs, ys, n);
            return;
        }
        double[] cx = new double[n], cy = new double[n];
        for (int i = 0; i < n; i++) {
            cx[i] = Math.min(Math.max(xs[i], clipLeft), clipRight);
            cy[i] = Math.min(Math.max(ys[i], clipTop), clipBottom);
        }
        g.fillPolygon(cx, cy, n);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        if (!clipping) {
            g.fillRect(x, y, w, h);
            return;
        }
        double x0 = Math.max(x, clipLeft), y0 = Math.max(y, clipTop);
        double x1 = Math.min(x + w, clipRight), y1 = Math.min(y + h, clipBottom);
        if (x1 > x0 && y1 > y0) {
            g.fillRect(x0, y0, x1 - x0, y1 - y0);
        }
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    /** Drawn whole where its centre is inside the clip rectangle (dots on a chart), skipped where it is not. */
    @Override
    public void fillCircle(double cx, double cy, double r) {
        if (!clipping || cx >= clipLeft && cx <= clipRight && cy >= clipTop && cy <= clipBottom) {
            g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        }
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
        // JavaFX's "System" font on Linux has no U+2032 (prime) and drew "f′" as "f": an apostrophe reads the same
        g.fillText(s.indexOf('′') >= 0 ? s.replace('′', '\'') : s, x, y);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        clipping = true;
        clipLeft = x;
        clipTop = y;
        clipRight = x + w;
        clipBottom = y + h;
    }

    @Override
    public void unclip() {
        clipping = false;
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
