package org.activationexplorer.plot;

import java.util.Locale;

/**
 * A figure's size and type for where it goes: the screen (the window's own sizes), a paper's single column (3.5 in)
 * or both columns (7 in), or a 16:9 slide. Sizes are in points (1/72 in), so a PDF or SVG comes out at its printed
 * size with text at `font` points; a PNG is drawn at `dpi` (scale dpi/72) unless --scale says otherwise.
 *
 * @param width   the figure's width in points
 * @param font    the base text size in points (the charts size their margins by it)
 * @param columns the most panels side by side
 * @param aspect  a panel's height over its width
 * @param lossAspect the loss figure's height over its width
 * @param dpi     the PNG resolution that suits the medium
 */
public record Style(String name, double width, double font, int columns, double aspect, double lossAspect,
                    double dpi) {
    public static final Style SCREEN = new Style("screen", 920, 12, 2, 340.0 / 460, 420.0 / 900, 144);
    public static final Style SINGLE_COLUMN = new Style("single-column", 252, 7, 1, 0.72, 0.72, 300);
    public static final Style DOUBLE_COLUMN = new Style("double-column", 504, 7.5, 2, 0.72, 0.42, 300);
    public static final Style SLIDE = new Style("slide", 960, 18, 2, 0.5, 9.0 / 16, 144);

    public static Style named(String name) {
        for (Style s : new Style[] {SCREEN, SINGLE_COLUMN, DOUBLE_COLUMN, SLIDE}) {
            if (s.name.equals(name.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("no style '" + name + "'; valid: screen, single-column, double-column, slide");
    }

    /** The PNG scale for this medium's resolution. */
    public double pngScale() {
        return dpi / 72;
    }
}
