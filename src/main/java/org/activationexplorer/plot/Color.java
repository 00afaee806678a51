package org.activationexplorer.plot;

/** An sRGB colour with opacity, each 0–1; the charts' own type, so they need no UI toolkit. */
public record Color(double red, double green, double blue, double opacity) {
    public static final Color WHITE = new Color(1, 1, 1, 1);
    public static final Color BLACK = new Color(0, 0, 0, 1);

    public static Color color(double r, double g, double b, double opacity) {
        return new Color(r, g, b, opacity);
    }

    public static Color gray(double v) {
        return new Color(v, v, v, 1);
    }

    /** From "#rrggbb". */
    public static Color web(String hex, double opacity) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Color((rgb >> 16 & 255) / 255.0, (rgb >> 8 & 255) / 255.0, (rgb & 255) / 255.0, opacity);
    }

    public static Color web(String hex) {
        return web(hex, 1);
    }

    public Color withOpacity(double o) {
        return new Color(red, green, blue, o);
    }

    public double getRed() {
        return red;
    }

    public double getGreen() {
        return green;
    }

    public double getBlue() {
        return blue;
    }

    public double getOpacity() {
        return opacity;
    }

    /** 0xAARRGGBB. */
    public int argb() {
        return (int) Math.round(opacity * 255) << 24 | (int) Math.round(red * 255) << 16
                | (int) Math.round(green * 255) << 8 | (int) Math.round(blue * 255);
    }
}
