package org.activationexplorer.plot;

import java.util.Map;

/**
 * The charts' colours as drawn, or recoloured for readers with colour-vision deficiency: Okabe & Ito's eight colours
 * ("Color Universal Design", 2008), which stay distinct under the common forms of colour blindness. The charts keep
 * their own (Tableau 10) constants; a palette maps each of them, by its RGB, to its Okabe–Ito counterpart on the way
 * to the painter, keeping its opacity, so no chart needs to know which palette is in use.
 */
public enum Palette {
    CLASSIC(Map.of()),
    OKABE_ITO(Map.of(
            0x1f77b4, 0x0072b2,   // blue → blue
            0xd62728, 0xd55e00,   // red (the learned curve) → vermillion
            0x2ca02c, 0x009e73,   // green → bluish green
            0xff7f0e, 0xe69f00,   // orange → orange
            0x9467bd, 0xcc79a7,   // purple (f′) → reddish purple
            0x8c564b, 0x56b4e9,   // brown → sky blue
            0xe377c2, 0xf0e442,   // pink → yellow
            0xb2182b, 0xd55e00,   // the evolution's late red → vermillion
            0x9ecae1, 0x56b4e9)); // the evolution's early blue → sky blue

    private final Map<Integer, Integer> map;

    Palette(Map<Integer, Integer> map) {
        this.map = map;
    }

    public static Palette named(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "classic" -> CLASSIC;
            case "okabe-ito" -> OKABE_ITO;
            default -> throw new IllegalArgumentException("no palette '" + name + "'; valid: classic, okabe-ito");
        };
    }

    /** c in this palette. */
    public Color apply(Color c) {
        int rgb = (int) Math.round(c.red() * 255) << 16 | (int) Math.round(c.green() * 255) << 8
                | (int) Math.round(c.blue() * 255);
        Integer to = map.get(rgb);
        return to == null ? c : Color.web(String.format("#%06x", to), c.opacity());
    }

    /** A painter that draws through `inner` in this palette. */
    public Painter on(Painter inner) {
        return this == CLASSIC ? inner : new Recoloured(inner, this);
    }

    private record Recoloured(Painter inner, Palette palette) implements Painter {
        @Override
        public void stroke(Color color, double width) {
            inner.stroke(palette.apply(color), width);
        }

        @Override
        public void dashed(boolean dashed) {
            inner.dashed(dashed);
        }

        @Override
        public void fill(Color color) {
            inner.fill(palette.apply(color));
        }

        @Override
        public void polyline(double[] xs, double[] ys, int n) {
            inner.polyline(xs, ys, n);
        }

        @Override
        public void line(double x1, double y1, double x2, double y2) {
            inner.line(x1, y1, x2, y2);
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, int n) {
            inner.fillPolygon(xs, ys, n);
        }

        @Override
        public void fillRect(double x, double y, double w, double h) {
            inner.fillRect(x, y, w, h);
        }

        @Override
        public void strokeRect(double x, double y, double w, double h) {
            inner.strokeRect(x, y, w, h);
        }

        @Override
        public void fillCircle(double cx, double cy, double r) {
            inner.fillCircle(cx, cy, r);
        }

        @Override
        public void text(String s, double x, double y, double size, int align, boolean bold) {
            inner.text(s, x, y, size, align, bold);
        }

        @Override
        public void clip(double x, double y, double w, double h) {
            inner.clip(x, y, w, h);
        }

        @Override
        public void unclip() {
            inner.unclip();
        }

        @Override
        public void translate(double dx, double dy) {
            inner.translate(dx, dy);
        }

        @Override
        public void untranslate() {
            inner.untranslate();
        }
    }
}
