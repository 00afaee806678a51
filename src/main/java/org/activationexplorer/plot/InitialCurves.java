package org.activationexplorer.plot;

import org.activationexplorer.runs.LayerCurve;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.runs.RunRecord;

/**
 * A saved run's initial curve per activation layer (its first channel), on the x-range of any recorded frame:
 * evaluated from the first frame's parameters where they reproduce its recorded curve (they do unless the family
 * keeps state besides them, as SLAF's batch statistics), else the first frame's recorded curve resampled (known on
 * its range only). Memoised per range: frames keep a range for long stretches, so stepping through a replay on the
 * FX thread evaluates the family only when the range changes. One per run, on one thread.
 */
public final class InitialCurves {
    private final RunRecord.Frame first;
    private final List<Activation> exact = new ArrayList<>(); // per layer; null: resample
    private final List<Map<Long, float[][]>> memo = new ArrayList<>();

    public InitialCurves(RunRecord run) {
        first = run.frames().get(0);
        for (int l = 0; l < first.layers().size(); l++) {
            exact.add(reproducing(run, l, first.layers().get(l)));
            memo.add(new HashMap<>());
        }
    }

    /** {f, f′} of layer l's initial curve at the sample points of `at` (a recorded layer of any frame). */
    float[][] at(int l, LayerCurve at) {
        long key = Double.doubleToLongBits(at.lo()) * 31 + Double.doubleToLongBits(at.hi()) * 17 + at.y().length;
        return memo.get(l).computeIfAbsent(key, k -> evaluate(l, at));
    }

    private float[][] evaluate(int l, LayerCurve at) {
        Activation a = exact.get(l);
        LayerCurve start = first.layers().get(l);
        int n = at.y().length;
        float[] y = new float[n], dy = new float[n];
        for (int i = 0; i < n; i++) {
            double x = at.x(i);
            y[i] = (float) (a != null ? a.value(x, 0) : start.interpolate(start.y(), x));
            dy[i] = (float) (a != null ? a.derivative(x, 0) : start.interpolate(start.dy(), x));
        }
        return new float[][] {y, dy};
    }

    /** The layer's activation at the recorded start, or null if it does not redraw that curve. */
    private static Activation reproducing(RunRecord run, int l, LayerCurve start) {
        Activation a;
        try {
            a = Activations.create(run.config().activation(l), 1);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
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
}
