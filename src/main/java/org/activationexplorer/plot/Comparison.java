package org.activationexplorer.plot;

import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.nn.Architectures;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.train.EpochResult;

/**
 * Two or more saved runs made ready to draw side by side, for the window's compare view and the exported compare
 * figure alike: a name per run (family · network · seed, in the run's own colour), the losses and epochs, and one
 * overlay per activation layer of the final curves of the runs that have it (matched by kind and position: "conv 1",
 * "dense 2").
 */
public record Comparison(List<String> names, List<String> networks, List<float[]> losses, List<Integer> strides,
                         List<Integer> batchesPerEpoch, List<List<EpochResult>> epochs, List<Overlay> overlays,
                         String missing) {

    /** One layer's final curves across the runs that have it, each in its run's colour. */
    public record Overlay(String title, List<String> names, List<LayerSnapshot> curves, List<Color> colors) {}

    public static Comparison of(List<RunRecord> runs) {
        List<String> names = new ArrayList<>(), networks = new ArrayList<>();
        for (RunRecord run : runs) {
            networks.add(Architectures.label(run.config().arch(), run.config().hidden()));
            names.add(RunFigures.families(run.config()) + " · " + networks.get(networks.size() - 1) + " · seed "
                    + run.config().seed());
        }
        List<List<LayerSnapshot>> last = runs.stream().map(r -> RunFigures.layers(r, r.frames().size() - 1)).toList();
        List<List<String>> layerNames = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            layerNames.add(layerNames(runs.get(r), last.get(r).size()));
        }
        List<LayerMatch.Group> groups = LayerMatch.groups(layerNames);
        List<Overlay> overlays = new ArrayList<>();
        for (LayerMatch.Group g : groups) {
            List<LayerSnapshot> finals = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            List<Color> colors = new ArrayList<>();
            for (int k = 0; k < g.runs().size(); k++) {
                int r = g.runs().get(k);
                finals.add(last.get(r).get(g.layers().get(k)));
                RunRecord run = runs.get(r); // a run with a family per layer is named by this layer's family
                shown.add(!run.config().perLayer() ? names.get(r) : RunFigures.family(run.config(), g.layers().get(k))
                        .displayName() + " · " + networks.get(r) + " · seed " + run.config().seed());
                colors.add(CompareChart.color(r)); // each run keeps its colour from the table and the loss chart
            }
            overlays.add(new Overlay(LayerMatch.title(g, networks), shown, finals, colors));
        }
        return new Comparison(names, networks, runs.stream().map(RunRecord::losses).toList(),
                runs.stream().map(RunRecord::lossStride).toList(),
                runs.stream().map(r -> RunFigures.lossData(r).batchesPerEpoch()).toList(),
                runs.stream().map(RunRecord::epochs).toList(), overlays, LayerMatch.note(groups, networks));
    }

    /** The run's activation layers by kind and position; "layer i" if the record's layers do not match its network. */
    private static List<String> layerNames(RunRecord run, int count) {
        try {
            List<String> names = Architectures.activationLayers(run.config().arch(), run.config().hidden());
            if (names.size() == count) {
                return names;
            }
        } catch (IllegalArgumentException e) {
            // an architecture this version does not know: compare by position alone
        }
        List<String> names = new ArrayList<>();
        for (int l = 1; l <= count; l++) {
            names.add("layer " + l);
        }
        return names;
    }

    /** Losses and accuracy on top, then the layer overlays two to a row, captioned; the window's sizes. */
    public Figure figure(String caption) {
        return figure(caption, Style.SCREEN);
    }

    /** The same sized and typeset for a medium: style.width() points wide, text at style.font() points. */
    public Figure figure(String caption, Style style) {
        double w = style == Style.SCREEN ? 1000 : style.width(), font = style == Style.SCREEN ? 12 : style.font();
        int perRow = style.columns() > 1 ? 2 : 1, rows = (overlays.size() + perRow - 1) / perRow;
        double top = w * (perRow > 1 ? 0.34 : 0.8), cell = (w / perRow) * 0.66;
        double below = perRow > 1 ? top : 1.6 * top; // stacked, accuracy's few points get 0.6 of the loss's height
        String text = caption + (missing.isEmpty() ? "" : " · not overlaid for every run: " + missing);
        List<String> lines = Legend.wrap(text, font, w - 16);
        double h = Math.ceil(below + rows * cell + (0.8 + 1.25 * lines.size()) * font);
        return new Figure(w, h, p -> {
            p.fill(Color.WHITE);
            p.fillRect(0, 0, w, h);
            if (perRow > 1) { // losses and accuracy side by side, 3 : 2
                CompareChart.losses(p, 0.6 * w, top, names, losses, strides, batchesPerEpoch, 0.9, font);
                p.translate(0.6 * w, 0);
                CompareChart.accuracy(p, 0.4 * w, top, names, epochs, font);
            } else { // a single column: stacked
                CompareChart.losses(p, w, top, names, losses, strides, batchesPerEpoch, 0.9, font);
                p.translate(0, top);
                CompareChart.accuracy(p, w, 0.6 * top, names, epochs, font);
            }
            p.untranslate();
            for (int i = 0; i < overlays.size(); i++) {
                Overlay o = overlays.get(i);
                p.translate((i % perRow) * (w / perRow), below + (i / perRow) * cell);
                CompareChart.curves(p, w / perRow, cell, o.title(), o.names(), o.curves(), o.colors(), font * 11 / 12);
                p.untranslate();
            }
            Figure.caption(p, lines, font, 8, below + rows * cell);
        });
    }
}
