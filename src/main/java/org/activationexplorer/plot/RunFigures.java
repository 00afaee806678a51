package org.activationexplorer.plot;

import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Family;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.session.LayerSnapshot;

/** What a saved run looks like: its layers at a recorded step, its loss, its captions and its evolution. */
public final class RunFigures {
    private RunFigures() {}

    /**
     * The layers of frame f, with the initial curve as the ghost over this frame's x-range: evaluated from the first
     * frame's parameters where they reproduce its recorded curve (they do unless the family keeps state besides
     * them, as SLAF's batch statistics), else the first frame's recorded curve resampled (known on its range only).
     */
    public static List<LayerSnapshot> layers(RunRecord run, int f) {
        Family family = Activations.family(run.config().activation().family());
        RunRecord.Frame frame = run.frames().get(f), first = run.frames().get(0);
        List<LayerSnapshot> layers = new ArrayList<>();
        for (int l = 0; l < frame.layers().size(); l++) {
            RunRecord.Layer now = frame.layers().get(l), start = first.layers().get(l);
            Activation initial = initial(run, start);
            int n = now.y().length;
            double[] xs = new double[n], y = new double[n], dy = new double[n], y0 = new double[n], dy0 = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = now.x(i);
                y[i] = now.y()[i];
                dy[i] = now.dy()[i];
                y0[i] = initial != null ? initial.value(xs[i], 0) : resample(start, start.y(), xs[i]);
                dy0[i] = initial != null ? initial.derivative(xs[i], 0) : resample(start, start.dy(), xs[i]);
            }
            layers.add(new LayerSnapshot(l, "Layer " + (l + 1) + " · " + family.displayName(), family.name(), xs, y, dy,
                    y0, dy0, new double[0][], new int[0], now.histogram(), Double.NaN, now.parameters())); // share not recorded
        }
        return layers;
    }

    /** The layer's activation (its first channel) at the recorded start, or null if it does not redraw that curve. */
    private static Activation initial(RunRecord run, RunRecord.Layer start) {
        Activation a;
        try {
            a = Activations.create(run.config().activation(), 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
        float[] theta = a.parameters();
        if (start.parameters().length < theta.length) {
            return null;
        }
        System.arraycopy(start.parameters(), 0, theta, 0, theta.length);
        for (int i = 0; i < start.y().length; i += 15) {
            double v = a.value(start.x(i), 0);
            if (!(Math.abs(v - start.y()[i]) <= 1e-4 * (Math.abs(v) + 1))) {
                return null;
            }
        }
        return a;
    }

    /** Linear interpolation of a recorded curve at x; NaN outside its range. */
    private static double resample(RunRecord.Layer layer, float[] v, double x) {
        double t = (x - layer.lo()) / (layer.hi() - layer.lo()) * (v.length - 1);
        if (!(t >= 0 && t <= v.length - 1)) {
            return Double.NaN;
        }
        int i = Math.min((int) t, v.length - 2);
        return v[i] + (t - i) * (v[i + 1] - v[i]);
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

    /** One figure per recorded frame: the activation layers as they evolved. */
    public static List<Figure> evolution(RunRecord run) {
        List<Figure> figures = new ArrayList<>();
        for (int f = 0; f < run.frames().size(); f++) {
            RunRecord.Frame frame = run.frames().get(f);
            figures.add(Figure.activations(layers(run, f), false,
                    caption(run, "after " + frame.step() + " training steps")));
        }
        return figures;
    }
}
