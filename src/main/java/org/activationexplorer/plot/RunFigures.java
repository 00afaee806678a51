package org.activationexplorer.plot;

import org.activationexplorer.runs.LayerCurve;
import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Family;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.session.LayerSnapshot;

/** What a saved run looks like: its layers at a recorded step, its loss, its captions and its evolution. */
public final class RunFigures {
    private RunFigures() {}

    /** The layers of frame f, with the initial curve as the ghost (see InitialCurves; a new one for this call). */
    public static List<LayerSnapshot> layers(RunRecord run, int f) {
        return layers(run, new InitialCurves(run), f);
    }

    /** The layers of frame f, the ghosts from the run's InitialCurves (keep one per run for repeated calls). */
    public static List<LayerSnapshot> layers(RunRecord run, InitialCurves initial, int f) {
        Family family = Activations.family(run.config().activation().family());
        RunRecord.Frame frame = run.frames().get(f);
        List<LayerSnapshot> layers = new ArrayList<>();
        for (int l = 0; l < frame.layers().size(); l++) {
            LayerCurve now = frame.layers().get(l);
            float[][] ghost = initial.at(l, now);
            layers.add(new LayerSnapshot(l, "Layer " + (l + 1) + " · " + family.displayName(), family.name(), now,
                    ghost[0], ghost[1], new float[0][], new int[0], Double.NaN));
        }
        return layers; // (the share of inputs outside the range is not recorded)
    }

    public static LossChart.Data lossData(RunRecord run) {
        int perEpoch = run.epochs().isEmpty() ? (int) Math.max(1, run.steps())
                : (int) Math.max(1, Math.round((double) run.steps() / Math.max(1, run.epochs().size())));
        return new LossChart.Data(run.losses(), run.lossStride(), run.epochs(), perEpoch);
    }

    public static String caption(RunRecord run, String extra) {
        Family family = Activations.family(run.config().activation().family());
        return Figure.caption(family.displayName(), family.formula(), run.config().arch() + ", seed "
                + run.config().seed() + (extra == null ? "" : ", " + extra));
    }

    /** One figure per recorded frame: the activation layers as they evolved, on axes fixed across the frames. */
    public static List<Figure> evolution(RunRecord run) {
        return evolution(run, new InitialCurves(run), -1);
    }

    /** The same for one layer (layer ≥ 0) or all (−1), with the run's InitialCurves. */
    public static List<Figure> evolution(RunRecord run, InitialCurves initial, int layer) {
        List<List<LayerSnapshot>> frames = new ArrayList<>();
        for (int f = 0; f < run.frames().size(); f++) {
            List<LayerSnapshot> all = layers(run, initial, f);
            frames.add(layer >= 0 ? List.of(all.get(layer)) : all);
        }
        List<Limits> axes = Limits.perLayer(frames);
        List<Figure> figures = new ArrayList<>();
        for (int f = 0; f < frames.size(); f++) {
            figures.add(Figure.activations(frames.get(f), false,
                    caption(run, "after " + run.frames().get(f).step() + " training steps"), axes));
        }
        return figures;
    }

    /** Layer `layer`'s evolution over the run as one figure (overlay, heatmap, distance from the start). */
    public static Figure evolutionView(RunRecord run, InitialCurves initial, int layer) {
        List<LayerSnapshot> frames = new ArrayList<>();
        long[] steps = new long[run.frames().size()];
        for (int f = 0; f < run.frames().size(); f++) {
            frames.add(layers(run, initial, f).get(layer));
            steps[f] = run.frames().get(f).step();
        }
        return Figure.evolution(frames, steps, FitDistance.of(frames), caption(run, "layer " + (layer + 1) + ", " + run.steps()
                + " training steps, " + frames.size() + " recorded"));
    }
}
