package org.activationexplorer.plot;

import org.activationexplorer.runs.LayerCurve;
import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Family;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.train.RunConfig;

/** What a saved run looks like: its layers at a recorded step, its loss, its captions and its evolution. */
public final class RunFigures {
    private RunFigures() {}

    /** The layers of frame f, with the initial curve as the ghost (see InitialCurves; a new one for this call). */
    public static List<LayerSnapshot> layers(RunRecord run, int f) {
        return layers(run, new InitialCurves(run), f);
    }

    /** The layers of frame f, the ghosts from the run's InitialCurves (keep one per run for repeated calls). */
    public static List<LayerSnapshot> layers(RunRecord run, InitialCurves initial, int f) {
        RunRecord.Frame frame = run.frames().get(f);
        List<LayerSnapshot> layers = new ArrayList<>();
        for (int l = 0; l < frame.layers().size(); l++) {
            Family family = family(run.config(), l);
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
        return caption(run.config(), extra);
    }

    /**
     * A figure's caption for a run of `c`: the family and its formula (each layer's family when they differ), the
     * network, the seed, the schedule and clipping when used, and `extra` (null for none).
     */
    public static String caption(RunConfig c, String extra) {
        String routine = c.routineLabel();
        String details = c.arch() + ", seed " + c.seed() + (routine.isEmpty() ? "" : ", " + routine)
                + (extra == null ? "" : ", " + extra);
        if (!c.perLayer()) {
            Family family = family(c, 0);
            return Figure.caption(family.displayName(), family.formula(), details);
        }
        List<String> layers = new ArrayList<>();
        for (int l = 0; l < c.layerActivations().size(); l++) {
            layers.add("layer " + (l + 1) + " · " + family(c, l).displayName());
        }
        return String.join(", ", layers) + " · " + details;
    }

    /** Activation layer l's family in a run of `c` (from 0; the first layer's for a layer the config lacks). */
    public static Family family(RunConfig c, int l) {
        return Activations.family(c.activation(l < c.layerActivations().size() ? l : 0).family());
    }

    /** The run's families in a few words, for legends: "SLAF", or each layer's in order, "SLAF, ReLU". */
    public static String families(RunConfig c) {
        if (!c.perLayer()) {
            return family(c, 0).displayName();
        }
        List<String> names = new ArrayList<>();
        for (int l = 0; l < c.layerActivations().size(); l++) {
            names.add(family(c, l).displayName());
        }
        return String.join(", ", names);
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
