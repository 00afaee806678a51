package org.activationexplorer.plot;

import java.util.List;
import java.util.Locale;
import org.activationexplorer.fit.Candidate;
import org.activationexplorer.fit.SymbolicFit;
import org.activationexplorer.session.LayerSnapshot;

/**
 * A layer's learned curve against the symbolic-fit library, for every place that shows fits (the enlarged layer,
 * exported figures, the evolution view): the samples are the recorded curve weighted by the layer's input histogram,
 * so a fit counts where the data are; candidates are drawn in the compare palette's blue, green, orange, never the
 * learned curve's red. The fits take up to a second: call them off the FX thread.
 */
public final class FitLines {
    /** Candidates drawn over a curve; the rest are only listed. */
    public static final int SHOWN = 3;
    static final int[] COLORS = {0, 2, 3};
    public static final List<String> COLOR_NAMES = List.of("blue", "green", "orange");

    private FitLines() {}

    /** The best `top` library forms for the layer's curve, best first. */
    public static List<Candidate> rank(LayerSnapshot s, int top) {
        double[][] xyw = samples(s);
        return SymbolicFit.rank(xyw[0], xyw[1], xyw[2], top);
    }

    /** The form of `near` refitted to the layer's curve from near's parameters (null where it cannot be fitted). */
    public static Candidate refit(LayerSnapshot s, Candidate near) {
        double[][] xyw = samples(s);
        return SymbolicFit.refit(near, xyw[0], xyw[1], xyw[2]);
    }

    /** The best candidate that is a classic (a wrapped catalog family, not a polynomial or rational), or null. */
    public static Candidate bestClassic(List<Candidate> ranked) {
        return ranked.stream().filter(c -> c.kind() == Candidate.Kind.WRAPPED).findFirst().orElse(null);
    }

    private static double[][] samples(LayerSnapshot s) {
        int n = s.curve().size();
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = s.curve().x(i);
            y[i] = s.y()[i];
        }
        return new double[][] {x, y, s.curve().inputWeights()}; // no inputs counted: the range weighed alike
    }

    /** The first SHOWN candidates as thin lines inside the axes' plot area. */
    public static void draw(Painter p, Axes a, LayerSnapshot s, List<Candidate> candidates) {
        if (a == null || candidates.isEmpty()) {
            return;
        }
        int n = s.curve().size();
        double[] px = new double[n], py = new double[n];
        p.clip(a.left, a.top, a.width, a.height);
        for (int k = 0; k < Math.min(SHOWN, candidates.size()); k++) {
            for (int i = 0; i < n; i++) {
                px[i] = a.px(s.curve().x(i));
                double v = candidates.get(k).value(s.curve().x(i));
                py[i] = Double.isFinite(v) ? a.py(v) : Double.NaN;
            }
            p.stroke(color(k), 1.5);
            p.polyline(px, py, n);
        }
        p.unclip();
    }

    /** Candidate k's line colour. */
    public static Color color(int k) {
        return CompareChart.color(COLORS[k]).withOpacity(0.9);
    }

    /** A key under a panel, two lines from (x, y): what the fits are, then a short line of colour and name, R². */
    public static void legend(Painter p, double x, double y, List<Candidate> candidates, double font) {
        p.fill(Axes.TEXT);
        p.text("best symbolic fits, weighted by the layer's inputs (R²):", x, y, font, -1, false);
        double at = x;
        for (int k = 0; k < Math.min(SHOWN, candidates.size()); k++) {
            Candidate c = candidates.get(k);
            p.stroke(color(k), 2);
            p.line(at, y + 1.05 * font, at + 1.6 * font, y + 1.05 * font);
            p.fill(Axes.TEXT);
            String label = String.format(Locale.ROOT, "%s %.4f", c.name(), c.r2());
            p.text(label, at + 2 * font, y + 1.4 * font, font, -1, false);
            at += 3.2 * font + 0.6 * font * label.length();
        }
    }
}
