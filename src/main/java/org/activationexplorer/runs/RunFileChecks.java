package org.activationexplorer.runs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.activationexplorer.linalg.Gemms;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.LayerHealth;
import org.activationexplorer.train.RunConfig;

/**
 * Whether a run is consistent with itself, as TrainingRun writes every run: the one validation step a run file
 * passes before it is loaded (a file the format can hold may still be no run at all). The rules, each a method:
 * <ul>
 * <li>config: RunConfig.problems() finds none, the GEMM backend is a known one, and the file's version is the one
 * the writer gives this config (version 1 cannot hold a family per layer);</li>
 * <li>weights: exactly the names and lengths of the network the config builds (NetworkShape), in order;</li>
 * <li>history: the loss stride a power of two and the loss points steps / stride (LossHistory keeps them so);</li>
 * <li>epochs: numbered 1, 2, … in order, accuracy in [0, 1], losses not negative, seconds and speeds finite
 * and not negative, health for every activation layer or none, its fractions in [0, 1] (NaN: not measured);</li>
 * <li>frames: steps increasing within [0, steps], epochs from 0 not decreasing and not past the epochs done, one
 * layer per activation layer with the family's parameter count, a finite range lo &lt; hi, at least 2 points with
 * as many slopes, at least one histogram bin, no negative count.</li>
 * </ul>
 * NaN and infinities are allowed where a diverged run has them: losses, curves, weights, health figures.
 */
public final class RunFileChecks {
    private final RunRecord run;
    private final List<String> problems = new ArrayList<>();

    private RunFileChecks(RunRecord run) {
        this.run = run;
    }

    /** Every problem of `run`, read from a file of run file version `version`; empty when it is consistent. */
    public static List<String> problems(RunRecord run, int version) {
        RunFileChecks c = new RunFileChecks(run);
        if (c.config(version)) {
            NetworkShape shape = c.weights();
            if (shape != null) {
                c.history();
                c.epochs(shape.activations().size());
                c.frames(shape.activations());
            }
        }
        return List.copyOf(c.problems);
    }

    /** The first problem (and how many more) as a RunFileProblem; nothing when there is none. */
    static void check(RunRecord run, int version) {
        List<String> all = problems(run, version);
        if (!all.isEmpty()) {
            throw new RunFileProblem(all.get(0) + (all.size() > 1 ? " (and " + (all.size() - 1) + " more)" : ""));
        }
    }

    private boolean config(int version) {
        RunConfig c = run.config();
        c.problems().forEach(p -> problems.add("its configuration is invalid: " + p));
        if (!Gemms.BACKENDS.contains(c.blas())) {
            problems.add("its configuration is invalid: blas " + RunFileProblem.quoted(c.blas()) + " is not one of "
                    + Gemms.BACKENDS);
        }
        if (problems.isEmpty() && RunFileWriter.version(c) != version) {
            problems.add("run file version " + version + " cannot hold its configuration (version "
                    + RunFileWriter.version(c) + " does)");
        }
        return problems.isEmpty();
    }

    /** The network's shape, or null when the weights do not fit it (the other checks need the shape). */
    private NetworkShape weights() {
        NetworkShape shape;
        try {
            shape = NetworkShape.of(run.config(), run.input(), run.weights());
        } catch (RunFileProblem p) {
            problems.add(p.getMessage());
            return null;
        }
        Iterator<Map.Entry<String, Integer>> wanted = shape.weights().entrySet().iterator();
        Iterator<Map.Entry<String, float[]>> found = run.weights().entrySet().iterator();
        while (wanted.hasNext() || found.hasNext()) {
            var w = wanted.hasNext() ? wanted.next() : null;
            var f = found.hasNext() ? found.next() : null;
            if (w == null || f == null || !w.getKey().equals(f.getKey())) {
                problems.add(w == null ? "weight " + RunFileProblem.quoted(f.getKey()) + " is not in the network "
                        + "of its configuration" : "weight " + RunFileProblem.quoted(w.getKey()) + " of the network "
                        + "of its configuration is missing" + (f == null ? "" : " (found "
                        + RunFileProblem.quoted(f.getKey()) + " in its place)"));
                return null;
            }
            if (w.getValue() != f.getValue().length) {
                problems.add("weight " + RunFileProblem.quoted(w.getKey()) + " has " + f.getValue().length
                        + " values where the network of its configuration has " + w.getValue());
                return null;
            }
        }
        return shape;
    }

    private void history() {
        int stride = run.lossStride();
        if (Integer.bitCount(stride) != 1) {
            problems.add("its loss stride " + stride + " is not a power of two");
        } else if (run.losses().length != run.steps() / stride) {
            problems.add("it has " + run.losses().length + " loss points for " + run.steps() + " steps at "
                    + stride + " a point (" + run.steps() / stride + " expected)");
        }
    }

    private void epochs(int layers) {
        for (int i = 0; i < run.epochs().size(); i++) {
            EpochResult e = run.epochs().get(i);
            String which = "epoch result " + (i + 1);
            if (e.epoch() != i + 1) {
                problems.add(which + " is numbered " + e.epoch());
            }
            if (!(e.testAccuracy() >= 0 && e.testAccuracy() <= 1)) {
                problems.add(which + " has an accuracy of " + e.testAccuracy() + ", not in [0, 1]");
            }
            if (e.trainLoss() < 0 || e.testLoss() < 0) {
                problems.add(which + " has a negative loss");
            }
            if (!(notNegativeFinite(e.samplesPerSecond()) && notNegativeFinite(e.trainSeconds())
                    && notNegativeFinite(e.evalSeconds()))) {
                problems.add(which + " has a speed or a time that is negative or not a finite number");
            }
            if (!e.layers().isEmpty() && e.layers().size() != layers) {
                problems.add(which + " has the health of " + e.layers().size() + " layers where the network has "
                        + layers);
            }
            for (LayerHealth h : e.layers()) {
                if (h.deadFraction() < 0 || h.deadFraction() > 1 || h.saturatedFraction() < 0
                        || h.saturatedFraction() > 1 || h.meanAbsSlope() < 0 || h.gradNorm() < 0) {
                    problems.add(which + " has a layer's health out of range");
                }
            }
        }
    }

    private void frames(List<Integer> parameters) {
        long lastStep = -1;
        int lastEpoch = 0;
        for (RunRecord.Frame f : run.frames()) {
            String which = "the frame at step " + f.step();
            if (f.step() <= lastStep || f.step() > run.steps()) {
                problems.add(which + " is out of order or past the run's " + run.steps() + " steps");
            }
            if (f.epoch() < lastEpoch || f.epoch() > run.epochs().size()) {
                problems.add(which + " is in epoch " + f.epoch() + ", out of order or past the "
                        + run.epochs().size() + " epochs done");
            }
            lastStep = f.step();
            lastEpoch = Math.max(lastEpoch, f.epoch());
            if (f.layers().size() != parameters.size()) {
                problems.add(which + " has " + f.layers().size() + " activation layers where the network has "
                        + parameters.size());
                continue;
            }
            for (int i = 0; i < parameters.size(); i++) {
                layer(which + ", layer " + (i + 1), f.layers().get(i), parameters.get(i));
            }
        }
    }

    private void layer(String which, LayerCurve l, int parameters) {
        if (!(Double.isFinite(l.lo()) && Double.isFinite(l.hi()) && l.lo() < l.hi())) {
            problems.add(which + " has the range [" + l.lo() + ", " + l.hi() + "]");
        }
        if (l.y().length < 2 || l.dy().length != l.y().length || l.histogram().length < 1) {
            problems.add(which + " has " + l.y().length + " points and " + l.histogram().length + " bins");
        }
        for (int count : l.histogram()) {
            if (count < 0) {
                problems.add(which + " has a negative histogram count");
                break;
            }
        }
        if (l.parameters().length != parameters) {
            problems.add(which + " has " + l.parameters().length + " parameters where its family has "
                    + parameters);
        }
    }

    private static boolean notNegativeFinite(double v) {
        return v >= 0 && v < Double.POSITIVE_INFINITY;
    }
}
