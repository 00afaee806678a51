package org.activationexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.fit.Candidate;
import org.activationexplorer.fit.SymbolicFit;
import org.activationexplorer.runs.LayerCurve;
import org.activationexplorer.runs.RunRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"What did it learn? Fit a curve with library functions — every fixed family as c·g(a·x + b) + d, "
                + "polynomials of degree 1 to 5, a rational 2/2 — and print the best as JSON lines, best first "
                + "(ranked by weighted R² minus 1e-4 per parameter).",
                "With --activation: a family's curve at its initialisation on --range, every point weighted alike.",
                "With --run FILE --layer L: a trained layer's recorded curve, weighted by its recorded input "
                        + "histogram, at its last recorded step or the last one at or before --step."})
final class FitCommand implements Runnable {

    @Option(names = "--activation", description = "activation family (or --run)")
    String activation;

    @Option(names = "--run", description = "a run file (train --save, or the window's runs folder)")
    Path run;

    @Option(names = "--layer", description = "activation layer of the run, from 1 (default: ${DEFAULT-VALUE})")
    int layer = 1;

    @Option(names = "--step", description = "training step of the run (default: the last recorded)")
    Long step;

    @Option(names = "--param", description = "family hyperparameter, e.g. --param beta0=1.5 (repeatable)")
    Map<String, Double> params = new LinkedHashMap<>();

    @Option(names = "--init", description = "initialisation base of a trainable family")
    String init;

    @Option(names = "--range", description = "x range for --activation as FROM:TO (default: ${DEFAULT-VALUE})")
    String range = "-4:4";

    @Option(names = "--points", description = "sample points for --activation, 10 to 100000 (default: ${DEFAULT-VALUE})")
    int points = 201;

    @Option(names = "--top", description = "how many candidates to print, 1 to 30 (default: ${DEFAULT-VALUE})")
    int top = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        if (top < 1 || top > 30) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be 1 to 30, got " + top);
        }
        double[][] samples = run != null ? fromRun() : fromFamily();
        var out = spec.commandLine().getOut();
        for (Candidate c : SymbolicFit.rank(samples[0], samples[1], samples[2], top)) {
            out.println(json(c));
        }
    }

    static JsonLine json(Candidate c) {
        JsonLine line = new JsonLine().put("name", c.name());
        double[] p = c.parameters();
        if (c.kind() == Candidate.Kind.WRAPPED) {
            line.put("a", shown(p[0])).put("b", shown(p[1])).put("c", shown(p[2])).put("d", shown(p[3]));
        } else {
            List<Double> coefficients = new ArrayList<>();
            for (double v : p) {
                coefficients.add(shown(v));
            }
            line.put("coefficients", coefficients);
        }
        return line.put("r2", c.r2()).put("max_residual", c.maxResidual());
    }

    /**
     * Below 1e-9 a parameter is the solve's rounding noise (an even curve's odd coefficients came out as 1e-17),
     * and JsonLine writes plain decimals, so 1e-17 would print as 0.0000000000000000109356: shown as 0.
     */
    private static double shown(double v) {
        return Math.abs(v) < 1e-9 ? 0.0 : v;
    }

    /** x, y, w: the family's initial curve on --range, uniform weights. */
    private double[][] fromFamily() {
        if (activation == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --activation NAME or --run FILE");
        }
        String[] ends = range.split(":(?=[-+0-9.])", 2);
        double from, to;
        try {
            from = Double.parseDouble(ends[0]);
            to = Double.parseDouble(ends[1]);
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--range must look like -4:4, got " + range);
        }
        if (!(from < to) || !Double.isFinite(to - from) || points < 10 || points > 100_000) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--range needs finite FROM < TO and --points 10 to 100000");
        }
        Activation f;
        try {
            f = Activations.create(new ActivationConfig(Commands.lowerCase(activation), params,
                    Commands.lowerCase(init), Sharing.LAYER), 1);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        double[][] s = new double[3][points];
        for (int i = 0; i < points; i++) {
            s[0][i] = from + (to - from) * i / (points - 1);
            s[1][i] = f.value(s[0][i], 0);
            s[2][i] = 1;
        }
        return s;
    }

    /** x, y, w: the recorded curve of --layer, each point weighted by the histogram bin it falls in. */
    private double[][] fromRun() {
        RunRecord record = Commands.loadRun(spec, run);
        var frame = Commands.frameAt(spec, record, step, run);
        if (layer < 1 || layer > frame.layers().size()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--layer must be 1 to " + frame.layers().size() + " for " + run);
        }
        LayerCurve l = frame.layers().get(layer - 1);
        long counted = java.util.Arrays.stream(l.histogram()).asLongStream().sum();
        double[][] s = new double[3][];
        s[0] = new double[l.size()];
        s[1] = new double[l.size()];
        for (int i = 0; i < l.size(); i++) {
            s[0][i] = l.x(i);
            s[1][i] = l.y()[i];
        }
        s[2] = l.inputWeights(); // no inputs counted: the range weighed alike
        spec.commandLine().getErr().println("step " + frame.step() + " (epoch " + frame.epoch() + ") of " + run
                + (counted > 0 ? ", weighted by " + counted + " recorded inputs" : ", no histogram: uniform weights"));
        return s;
    }
}
