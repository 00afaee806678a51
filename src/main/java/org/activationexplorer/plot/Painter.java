package org.activationexplorer.plot;


/**
 * The few drawing operations the charts use. Charts draw only through this, so the window's canvas and
 * file exports (PNG from a canvas, vector formats from their own Painter) share one drawing code.
 */
public interface Painter {
    void stroke(Color color, double width);

    void dashed(boolean dashed);

    void fill(Color color);

    /** A polyline through (xs[i], ys[i]); NaN points break it. */
    void polyline(double[] xs, double[] ys, int n);

    void line(double x1, double y1, double x2, double y2);

    /** The polygon through (xs[i], ys[i]), i < n, filled with the fill colour (no NaN points). */
    void fillPolygon(double[] xs, double[] ys, int n);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillCircle(double cx, double cy, double r);

    /** Text with its baseline at y; align: -1 left, 0 centre, 1 right. */
    void text(String s, double x, double y, double size, int align, boolean bold);

    /** Subsequent drawing is clipped to the rectangle until unclip(). */
    void clip(double x, double y, double w, double h);

    void unclip();

    /** Moves the origin until untranslate() (for figures made of several charts). */
    void translate(double dx, double dy);

    void untranslate();
}
