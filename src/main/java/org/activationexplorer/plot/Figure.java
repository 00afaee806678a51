package org.activationexplorer.plot;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.activationexplorer.fit.Candidate;
import org.activationexplorer.session.LayerSnapshot;

/** A whole exportable figure: its size in points and how to draw it through any Painter. */
public record Figure(double width, double height, Consumer<Painter> drawing) {

    /** The loss panel as a figure, with a caption naming the run. */
    public static Figure loss(LossChart.Data data, double smoothing, boolean logScale, String caption) {
        return loss(data, smoothing, logScale, caption, Style.SCREEN);
    }

    /** The same sized and typeset for a medium (a paper's column, a slide). */
    public static Figure loss(LossChart.Data data, double smoothing, boolean logScale, String caption, Style style) {
        double w = style == Style.SCREEN ? 900 : style.width(), chart = w * style.lossAspect() - 2 * style.font();
        double font = style.font();
        List<String> lines = Legend.wrap(caption, font, w - 16);
        double h = Math.ceil(chart + (0.75 + 1.25 * lines.size()) * font); // one line: as before; whole points
        return new Figure(w, h, p -> {
            LossChart.draw(p, w, chart, data, smoothing, logScale, Double.NaN, font * 13 / 12);
            caption(p, lines, font, 8, chart);
        });
    }

    /** The caption's lines under the charts, the first one's baseline a line below top. */
    static void caption(Painter p, List<String> lines, double font, double left, double top) {
        p.fill(Axes.TEXT);
        for (int k = 0; k < lines.size(); k++) {
            p.text(lines.get(k), left, top + (1.25 * k + 1.2) * font, font, -1, false);
        }
    }

    /** Every activation layer as small multiples with labelled axes, captioned with the family and formula. */
    public static Figure activations(List<LayerSnapshot> layers, boolean derivative, String caption) {
        return activations(layers, derivative, caption, List.of());
    }

    /** The same with fixed axes per layer (empty: each layer fitted alone), for frames of one evolution. */
    public static Figure activations(List<LayerSnapshot> layers, boolean derivative, String caption, List<Limits> axes) {
        return activations(layers, derivative, caption, axes, List.of());
    }

    /**
     * The same with each layer's best symbolic fits (FitLines: at most three drawn, named with their R² under the
     * panel); fits empty for none.
     */
    public static Figure activations(List<LayerSnapshot> layers, boolean derivative, String caption, List<Limits> axes,
                                     List<List<Candidate>> fits) {
        return activations(layers, derivative, caption, axes, fits, Style.SCREEN);
    }

    /** The same sized and typeset for a medium: panels style.columns() to a row, text at style.font() points. */
    public static Figure activations(List<LayerSnapshot> layers, boolean derivative, String caption, List<Limits> axes,
                                     List<List<Candidate>> fits, Style style) {
        int n = Math.max(1, layers.size()), columns = Math.min(n, style.columns()), rows = (n + columns - 1) / columns;
        double font = style.font(), cw = style.width() / style.columns(), chart = cw * style.aspect();
        double ch = chart + (fits.isEmpty() ? 0 : 3 * font), w = columns * cw;
        List<String> lines = Legend.wrap(caption, font, w - 1.34 * font);
        double h = Math.ceil(rows * ch + (1.25 + 1.25 * lines.size()) * font); // one line: as before
        return new Figure(w, h, p -> {
            p.fill(Color.WHITE);
            p.fillRect(0, 0, w, h);
            for (int i = 0; i < layers.size(); i++) {
                p.translate((i % columns) * cw, (i / columns) * ch);
                Axes a = ActivationChart.draw(p, cw, chart, layers.get(i), new ActivationChart.Options(derivative, true,
                        Double.NaN, -1, i < axes.size() ? axes.get(i) : null), font);
                if (i < fits.size()) {
                    FitLines.draw(p, a, layers.get(i), fits.get(i));
                    FitLines.legend(p, 0.67 * font, chart + font, fits.get(i), 0.92 * font);
                }
                p.untranslate();
            }
            caption(p, lines, font, 0.67 * font, rows * ch + 0.3 * font);
        });
    }

    /** This figure drawn in another palette (Palette.OKABE_ITO for readers with colour-vision deficiency). */
    public Figure in(Palette palette) {
        return palette == Palette.CLASSIC ? this : new Figure(width, height, p -> drawing.accept(palette.on(p)));
    }

    /** One layer's evolution over a run: its curves overlaid early to late, f(x, t) as a heatmap, and its distance
     *  from the initial curve (and from its nearest classic, when given) over the steps. */
    public static Figure evolution(List<LayerSnapshot> frames, long[] steps, FitDistance classic, String caption) {
        double w = 1000, h = 720;
        return new Figure(w, h, p -> {
            p.fill(Color.WHITE);
            p.fillRect(0, 0, w, h);
            String title = frames.get(frames.size() - 1).title();
            EvolutionChart.overlay(p, w / 2, 460, frames, steps, title + ": every recorded curve", 12);
            p.translate(w / 2, 0);
            EvolutionChart.heatmap(p, w / 2, 460, frames, steps, title + ": f(x, t)", 12);
            p.untranslate();
            p.translate(0, 460);
            EvolutionChart.distance(p, w, 220, frames, steps, classic, 12);
            p.untranslate();
            p.fill(Axes.TEXT);
            p.text(caption, 8, h - 10, 12, -1, false);
        });
    }

    public static String caption(String family, String formula, String extra) {
        return String.format(Locale.ROOT, "%s: %s%s", family, formula, extra == null ? "" : " · " + extra);
    }
}
