package org.activationexplorer.plot;

import org.activationexplorer.text.Numbers;
import java.util.Locale;

/** A plot rectangle with data ranges: maps data to pixels and draws grid, ticks and labels. */
public final class Axes {
    public static final Color GRID = Color.gray(0.9);
    public static final Color TEXT = Color.gray(0.25);
    public final double left;
    public final double top;
    public final double width;
    public final double height;
    public final double xLo;
    public final double xHi;
    public final double yLo;
    public final double yHi;
    public final boolean logY;
    public final boolean integerX; // x counts something (epochs): ticks at whole numbers only

    public Axes(double left, double top, double width, double height, double xLo, double xHi, double yLo, double yHi,
                boolean logY) {
        this(left, top, width, height, xLo, xHi, yLo, yHi, logY, false);
    }

    public Axes(double left, double top, double width, double height, double xLo, double xHi, double yLo, double yHi,
                boolean logY, boolean integerX) {
        this.integerX = integerX;
        this.left = left;
        this.top = top;
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.xLo = xLo;
        this.xHi = xHi > xLo ? xHi : xLo + 1;
        this.logY = logY;
        double lo = logY ? Math.log10(Math.max(yLo, 1e-6)) : yLo, hi = logY ? Math.log10(Math.max(yHi, 1e-6)) : yHi;
        this.yLo = lo;
        this.yHi = hi > lo ? hi : lo + 1;
    }

    public double px(double x) {
        return left + width * (x - xLo) / (xHi - xLo);
    }

    public double py(double y) {
        double v = logY ? Math.log10(Math.max(y, 1e-12)) : y;
        return top + height * (1 - (v - yLo) / (yHi - yLo));
    }

    public double dataX(double px) {
        return xLo + (px - left) / width * (xHi - xLo);
    }

    public double dataY(double py) {
        double v = yLo + (1 - (py - top) / height) * (yHi - yLo);
        return logY ? Math.pow(10, v) : v;
    }

    public boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    /** Grid lines, tick labels, the frame and axis titles (null for none). */
    public void draw(Painter p, double fontSize, String xTitle, String yTitle) {
        draw(p, fontSize, xTitle, yTitle, Double.POSITIVE_INFINITY);
    }

    /**
     * The same on a canvas canvasWidth wide: tick labels, fontSize high, as many as fit without touching (about
     * one per 6 font sizes across and 2.6 down), the x labels kept within [0, canvasWidth].
     */
    public void draw(Painter p, double fontSize, String xTitle, String yTitle, double canvasWidth) {
        p.stroke(GRID, 1);
        p.fill(TEXT);
        double[] xs = xTicks(fontSize);
        for (double t : xs) {
            double x = px(t);
            p.line(x, top, x, top + height);
            String label = format(t, step(xs));
            double half = Legend.textWidth(label, fontSize) / 2;
            double at = Math.max(half, Math.min(x, canvasWidth - half));
            p.text(label, at, top + height + fontSize + 3, fontSize, 0, false);
        }
        if (logY) {
            int every = 1; // decades per label: every decade until they would touch
            while (height / (yHi - yLo) * every < 1.4 * fontSize && every < 100) {
                every++;
            }
            for (int e = (int) Math.floor(yLo); e <= Math.ceil(yHi); e++) {
                double y = top + height * (1 - (e - yLo) / (yHi - yLo));
                if (y >= top - 0.5 && y <= top + height + 0.5) {
                    p.line(left, y, left + width, y);
                    if (Math.floorMod(e, every) == 0) {
                        yLabel(p, format(Math.pow(10, e), Math.pow(10, e)), y, fontSize);
                    }
                }
            }
        } else {
            double[] ys = ticks(yLo, yHi, Math.max(2, (int) (height / (2.6 * fontSize))));
            for (double t : ys) {
                double y = py(t);
                p.line(left, y, left + width, y);
                yLabel(p, format(t, step(ys)), y, fontSize);
            }
        }
        p.stroke(Color.gray(0.55), 1);
        p.strokeRect(left, top, width, height);
        if (xTitle != null) {
            p.text(xTitle, left + width / 2, top + height + 2 * fontSize + 6, fontSize, 0, false);
        }
        if (yTitle != null) {
            p.text(yTitle, left, top - 5, fontSize, -1, false);
        }
    }

    /** The x ticks: about one per 6 label heights, fewer while the widest label would touch its neighbours. */
    double[] xTicks(double fontSize) {
        double minStep = integerX ? 1 : 0;
        double[] t = ticks(xLo, xHi, Math.max(2, (int) (width / (6 * fontSize))), minStep);
        for (int n = Math.max(2, (int) (width / (6 * fontSize))) - 1; n >= 1 && !spaced(t, fontSize); n--) {
            t = ticks(xLo, xHi, n, minStep);
        }
        return t;
    }

    private boolean spaced(double[] t, double fontSize) {
        double widest = 0;
        for (double v : t) {
            widest = Math.max(widest, Legend.textWidth(format(v, step(t)), fontSize));
        }
        return t.length < 2 || Math.abs(px(t[1]) - px(t[0])) >= widest + fontSize;
    }

    /** Right-aligned left of the frame, centred on its tick, but not below the frame (where the x labels are). */
    private void yLabel(Painter p, String label, double y, double fontSize) {
        p.text(label, left - 4, Math.min(y + fontSize / 3, top + height), fontSize, 1, false);
    }

    /** About n "nice" tick values (1, 2, 5 × 10^k apart) within [lo, hi]. */
    public static double[] ticks(double lo, double hi, int n) {
        return ticks(lo, hi, n, 0);
    }

    /** The same, never closer than minStep (1: whole numbers only). */
    public static double[] ticks(double lo, double hi, int n, double minStep) {
        double span = hi - lo, raw = Math.max(span / Math.max(1, n), minStep), mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3 ? 2 * mag : raw / mag < 7 ? 5 * mag : 10 * mag;
        double first = Math.ceil(lo / step) * step;
        int count = (int) Math.floor((hi - first) / step + 1e-9) + 1;
        double[] t = new double[Math.max(0, Math.min(count, 50))];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * step;
            if (Math.abs(t[i]) < step * 1e-9) {
                t[i] = 0;
            }
        }
        return t;
    }

    private static double step(double[] ticks) {
        return ticks.length > 1 ? ticks[1] - ticks[0] : ticks.length == 1 && ticks[0] != 0 ? Math.abs(ticks[0]) : 1;
    }

    /**
     * A tick value with as many decimals as the step between ticks needs, all ticks alike ("0.5, 1.0, 1.5");
     * scientific from 1e5 and below 1e-3, with as many digits as the step needs ("2e30", "1.5e5").
     */
    public static String format(double v, double step) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        int stepExponent = (int) Math.floor(Math.log10(Math.abs(step)) + 1e-6);
        if (a >= 1e5 || a < 1e-3) {
            return Numbers.significant(v, Math.max(1, (int) Math.floor(Math.log10(a) + 1e-6) - stepExponent + 1));
        }
        return String.format(Locale.ROOT, "%." + Math.max(0, -stepExponent) + "f", v);
    }
}
