package org.activationexplorer.plot;

import java.util.ArrayList;
import java.util.List;

/** A Painter that draws nothing and records each text (in canvas coordinates, translations applied). */
public final class RecordingPainter implements Painter {
    /** One text call; x is where the text starts after alignment, width estimated as Legend.textWidth. */
    public record Text(String s, double x, double y, double size, boolean bold) {
        double width() {
            return Legend.textWidth(s, size);
        }

        /** The glyphs' box: ascent 0.75 size above the baseline, descent 0.2 size below. */
        double top() {
            return y - 0.75 * size;
        }

        double bottom() {
            return y + 0.2 * size;
        }

        boolean overlaps(Text o) {
            return x < o.x + o.width() && o.x < x + width() && top() < o.bottom() && o.top() < bottom();
        }
    }

    public final List<Text> texts = new ArrayList<>();
    int lines;
    int rects;
    private final List<double[]> offsets = new ArrayList<>();
    private double dx;
    private double dy;

    List<String> strings() {
        return texts.stream().map(Text::s).toList();
    }

    @Override
    public void text(String s, double x, double y, double size, int align, boolean bold) {
        double w = Legend.textWidth(s, size);
        texts.add(new Text(s, dx + x - (align + 1) * w / 2, dy + y, size, bold));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        lines++;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rects++;
    }

    @Override
    public void translate(double x, double y) {
        offsets.add(new double[] {dx, dy});
        dx += x;
        dy += y;
    }

    @Override
    public void untranslate() {
        double[] last = offsets.remove(offsets.size() - 1);
        dx = last[0];
        dy = last[1];
    }

    @Override
    public void stroke(Color color, double width) {}

    @Override
    public void dashed(boolean dashed) {}

    @Override
    public void fill(Color color) {}

    @Override
    public void polyline(double[] xs, double[] ys, int n) {}

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {}

    @Override
    public void strokeRect(double x, double y, double w, double h) {}

    @Override
    public void fillCircle(double cx, double cy, double r) {}

    @Override
    public void clip(double x, double y, double w, double h) {}

    @Override
    public void unclip() {}
}
