package org.activationexplorer.plot;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A Painter that writes SVG 1.1: lines and curves as paths, text as text (so figures stay editable and
 * searchable), clip rectangles as nested viewports. Same calls as the canvas, so exports match the window.
 */
public final class SvgPainter implements Painter {
    private final StringBuilder out = new StringBuilder();
    private final double width;
    private final double height;
    private final Deque<String> closers = new ArrayDeque<>();
    private Color stroke = Color.BLACK;
    private double strokeWidth = 1;
    private boolean dashed;
    private Color fill = Color.BLACK;

    public SvgPainter(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The finished document. */
    public String document() {
        StringBuilder d = new StringBuilder();
        d.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        d.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%s\" "
                + "height=\"%s\" viewBox=\"0 0 %s %s\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n",
                n(width), n(height), n(width), n(height)));
        d.append(out);
        for (String closer : closers) {
            d.append(closer);
        }
        d.append("</svg>\n");
        return d.toString();
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
    }

    private static String color(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String opacity(String attribute, Color c) {
        return c.getOpacity() < 1 ? " " + attribute + "=\"" + n(c.getOpacity()) + "\"" : "";
    }

    private String strokeAttributes() {
        return " fill=\"none\" stroke=\"" + color(stroke) + "\"" + opacity("stroke-opacity", stroke) + " stroke-width=\""
                + n(strokeWidth) + "\" stroke-linejoin=\"round\"" + (dashed ? " stroke-dasharray=\"5,4\"" : "");
    }

    private String fillAttributes() {
        return " fill=\"" + color(fill) + "\"" + opacity("fill-opacity", fill);
    }

    @Override
    public void stroke(Color color, double w) {
        stroke = color;
        strokeWidth = w;
    }

    @Override
    public void dashed(boolean on) {
        dashed = on;
    }

    @Override
    public void fill(Color color) {
        fill = color;
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < count; i++) {
            if (Double.isNaN(xs[i]) || Double.isNaN(ys[i])) {
                pen = false;
                continue;
            }
            d.append(pen ? " L" : (d.length() == 0 ? "M" : " M")).append(n(xs[i])).append(',').append(n(ys[i]));
            pen = true;
        }
        if (d.length() > 0) {
            out.append("<path d=\"").append(d).append('"').append(strokeAttributes()).append("/>\n");
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        out.append("<path d=\"M").append(n(x1)).append(',').append(n(y1)).append(" L").append(n(x2)).append(',')
                .append(n(y2)).append('"').append(strokeAttributes()).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        if (count < 3) {
            return;
        }
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < count; i++) {
            points.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        out.append("<polygon points=\"").append(points).append('"').append(fillAttributes()).append("/>\n");
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        out.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"%s/>\n", n(x), n(y), n(w),
                n(h), fillAttributes()));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        out.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"%s/>\n", n(x), n(y), n(w),
                n(h), strokeAttributes()));
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        out.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"%s\"%s/>\n", n(cx), n(cy), n(r),
                fillAttributes()));
    }

    @Override
    public void text(String s, double x, double y, double size, int align, boolean bold) {
        String anchor = align < 0 ? "start" : align == 0 ? "middle" : "end";
        out.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" font-size=\"%s\" text-anchor=\"%s\"%s%s>", n(x), n(y),
                n(size), anchor, bold ? " font-weight=\"bold\"" : "", fillAttributes()));
        out.append(escape(s)).append("</text>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A nested viewport whose viewBox equals its rectangle: same coordinates inside, everything outside cut. */
    @Override
    public void clip(double x, double y, double w, double h) {
        out.append(String.format(Locale.ROOT, "<svg x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" viewBox=\"%s %s %s %s\" "
                + "overflow=\"hidden\">%n", n(x), n(y), n(w), n(h), n(x), n(y), n(w), n(h)));
        closers.push("</svg>\n");
    }

    @Override
    public void unclip() {
        out.append(closers.pop());
    }

    @Override
    public void translate(double dx, double dy) {
        out.append(String.format(Locale.ROOT, "<g transform=\"translate(%s,%s)\">\n", n(dx), n(dy)));
        closers.push("</g>\n");
    }

    @Override
    public void untranslate() {
        out.append(closers.pop());
    }
}
