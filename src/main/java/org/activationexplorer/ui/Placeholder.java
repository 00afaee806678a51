package org.activationexplorer.ui;

import org.activationexplorer.plot.Axes;
import org.activationexplorer.plot.Color;
import org.activationexplorer.plot.Painter;

/** An empty chart's area with one centred sentence saying what will appear there (no meaningless axes). */
final class Placeholder {
    private Placeholder() {}

    static Axes draw(Painter p, double w, double h, String text, double font) {
        p.fill(Color.WHITE);
        p.fillRect(0, 0, w, h);
        p.fill(Axes.TEXT);
        p.text(text, w / 2, h / 2, font, 0, false);
        return null;
    }
}
