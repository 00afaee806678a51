package org.activationexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.plot.Color;
import org.activationexplorer.plot.Painter;

/** A Painter that draws nothing and keeps every text with its size and position, to check what a chart wrote. */
final class TextRecorder implements Painter {
    record Text(String text, double x, double y, double size, boolean bold) {}

    final List<Text> texts = new ArrayList<>();

    @Override
    public void text(String s, double x, double y, double size, int align, boolean bold) {
        texts.add(new Text(s, x, y, size, bold));
    }

    double smallest() {
        return texts.stream().mapToDouble(Text::size).min().orElse(Double.NaN);
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
    public void line(double x1, double y1, double x2, double y2) {}

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {}

    @Override
    public void fillRect(double x, double y, double w, double h) {}

    @Override
    public void strokeRect(double x, double y, double w, double h) {}

    @Override
    public void fillCircle(double cx, double cy, double r) {}

    @Override
    public void clip(double x, double y, double w, double h) {}

    @Override
    public void unclip() {}

    @Override
    public void translate(double dx, double dy) {}

    @Override
    public void untranslate() {}
}
