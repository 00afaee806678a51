package org.activationexplorer.plot;

import java.util.List;

/**
 * A chart's key: swatches with labels, left to right, wrapped into rows of a given width; and the text-width
 * estimate that the charts' layouts use (the Painter cannot measure text: SVG has no font metrics).
 */
public final class Legend {
    /** How an entry is drawn: a short line, a filled box (areas), or a dot (points). */
    public enum Swatch { LINE, BOX, DOT }

    /** One entry; lineWidth is the LINE swatch's stroke width (that of the curve it stands for). */
    public record Entry(String label, Color color, Swatch swatch, double lineWidth) {
        public static Entry line(String label, Color color, double width) {
            return new Entry(label, color, Swatch.LINE, width);
        }

        public static Entry box(String label, Color color) {
            return new Entry(label, color, Swatch.BOX, 0);
        }

        public static Entry dot(String label, Color color) {
            return new Entry(label, color, Swatch.DOT, 0);
        }
    }

    private static final double SWATCH = 1.4; // swatch length, in text sizes
    private static final double GAP = 0.4;    // swatch to label
    private static final double SPACE = 1.0;  // between entries in a row

    private Legend() {}

    /**
     * Estimated width of s at this size: 0.6 em a character, a little over a sans-serif font's average, so that
     * layouts err on the roomy side.
     */
    public static double textWidth(String s, double size) {
        return 0.6 * size * s.length();
    }

    /** s, cut and ended with "…" where its estimated width exceeds width. */
    public static String fit(String s, double size, double width) {
        if (textWidth(s, size) <= width) {
            return s;
        }
        int keep = (int) Math.floor(width / (0.6 * size)) - 1;
        return keep <= 0 ? "" : s.substring(0, keep).stripTrailing() + "…";
    }

    /**
     * s broken into lines at spaces so that each fits width (a word longer than a line is cut with "…"): a paper
     * figure's caption is read whole, never cut short.
     */
    public static List<String> wrap(String s, double size, double width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            if (line.length() > 0 && textWidth(line + " " + word, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        lines.replaceAll(l -> fit(l, size, width));
        return lines;
    }

    /** How many rows the entries take, wrapped to width (0 for none). */
    public static int rows(List<Entry> entries, double width, double size) {
        int rows = 0;
        double at = 0;
        for (Entry e : entries) {
            if (rows == 0 || at + SPACE * size + entryWidth(e, size) > width) {
                rows++;
                at = 0;
            } else {
                at += SPACE * size;
            }
            at += entryWidth(e, size);
        }
        return rows;
    }

    /** Distance between the baselines of two rows. */
    public static double rowHeight(double size) {
        return 1.3 * size;
    }

    /**
     * Draws the entries from x with the first row's baseline at y, wrapped to width as rows() counts them; a
     * label too long for a row of its own is cut. Returns the number of rows.
     */
    public static int draw(Painter p, List<Entry> entries, double x, double y, double width, double size) {
        int rows = 0;
        double at = 0;
        for (Entry e : entries) {
            if (rows == 0 || at + SPACE * size + entryWidth(e, size) > width) {
                rows++;
                at = 0;
            } else {
                at += SPACE * size;
            }
            double baseline = y + (rows - 1) * rowHeight(size);
            swatch(p, e, x + at, baseline, size);
            p.fill(Axes.TEXT);
            p.text(fit(e.label(), size, width - at - (SWATCH + GAP) * size), x + at + (SWATCH + GAP) * size, baseline,
                    size, -1, false);
            at += entryWidth(e, size);
        }
        return rows;
    }

    private static double entryWidth(Entry e, double size) {
        return (SWATCH + GAP) * size + textWidth(e.label(), size);
    }

    private static void swatch(Painter p, Entry e, double x, double baseline, double size) {
        double middle = baseline - 0.35 * size;
        switch (e.swatch()) {
            case LINE -> {
                p.stroke(e.color(), e.lineWidth());
                p.line(x, middle, x + SWATCH * size, middle);
            }
            case BOX -> {
                p.fill(e.color());
                p.fillRect(x, middle - 0.35 * size, SWATCH * size, 0.7 * size);
                p.stroke(e.color().withOpacity(Math.max(0.6, e.color().opacity())), 1); // a pale area is hard to see this small
                p.strokeRect(x, middle - 0.35 * size, SWATCH * size, 0.7 * size);
            }
            case DOT -> {
                p.fill(e.color());
                p.fillCircle(x + SWATCH * size / 2, middle, 0.3 * size);
            }
        }
    }
}
