package org.activationexplorer.plot;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;

/** Painter on a Java2D surface: PNG and GIF files without a display (the command line and the window alike). */
public final class Java2dPainter implements Painter {
    private final Graphics2D g;
    private final Deque<Shape> clips = new ArrayDeque<>();
    private final Deque<AffineTransform> transforms = new ArrayDeque<>();
    private java.awt.Color stroke = java.awt.Color.BLACK;
    private java.awt.Color fill = java.awt.Color.BLACK;
    private float width = 1;
    private boolean dashed;

    public Java2dPainter(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.red(), (float) c.green(), (float) c.blue(), (float) c.opacity());
    }

    private void useStroke() {
        g.setColor(stroke);
        g.setStroke(dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {5, 4}, 0)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
    }

    @Override
    public void stroke(Color color, double w) {
        stroke = awt(color);
        width = (float) w;
    }

    @Override
    public void dashed(boolean on) {
        dashed = on;
    }

    @Override
    public void fill(Color color) {
        fill = awt(color);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        Path2D.Double path = new Path2D.Double();
        boolean pen = false;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(xs[i]) || Double.isNaN(ys[i])) {
                pen = false;
            } else if (pen) {
                path.lineTo(xs[i], ys[i]);
            } else {
                path.moveTo(xs[i], ys[i]);
                pen = true;
            }
        }
        useStroke();
        g.draw(path);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        useStroke();
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                path.moveTo(xs[i], ys[i]);
            } else {
                path.lineTo(xs[i], ys[i]);
            }
        }
        path.closePath();
        g.setColor(fill);
        g.fill(path);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.setColor(fill);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        useStroke();
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        g.setColor(fill);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void text(String s, double x, double y, double size, int align, boolean bold) {
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
        double w = g.getFontMetrics().getStringBounds(s, g).getWidth();
        g.setColor(fill);
        g.drawString(s, (float) (x - (align < 0 ? 0 : align == 0 ? w / 2 : w)), (float) y);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        clips.push(g.getClip() == null ? new Rectangle2D.Double(-1e9, -1e9, 2e9, 2e9) : g.getClip());
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void unclip() {
        g.setClip(clips.pop());
    }

    @Override
    public void translate(double dx, double dy) {
        transforms.push(g.getTransform());
        g.translate(dx, dy);
    }

    @Override
    public void untranslate() {
        g.setTransform(transforms.pop());
    }
}
