package org.activationexplorer.cli;

import org.activationexplorer.runs.LayerCurve;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.BaseFit;
import org.activationexplorer.activation.Sharing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "curve", mixinStandardHelpOptions = true,
        description = {"Print a family's curve at its initialisation as CSV: x,y,dy (dy = df/dx; for step, the "
                + "straight-through slope its backward passes).",
                "For taylor, a line on stderr (so the CSV stays clean) says where the initial polynomial is within "
                        + "0.1 of its base function, e.g. \"the initial polynomial is within 0.1 of SiLU on "
                        + "[-1.56, 1.56]\".",
                "With --run FILE --layer L: the curve of a trained layer from a run file, at its last recorded step "
                        + "or the last one at or before --step."})
final class CurveCommand implements Runnable {

    @Option(names = "--activation", description = "activation family (or --run)")
    String activation;

    @Option(names = "--run", description = "a run file (train --save, or the window's runs folder)")
    java.nio.file.Path run;

    @Option(names = "--layer", description = "activation layer of the run, from 1 (default: ${DEFAULT-VALUE})")
    int layer = 1;

    @Option(names = "--step", description = "training step of the run (default: the last recorded)")
    Long step;

    @Option(names = "--param", description = "family hyperparameter, e.g. --param slope=0.1 (repeatable)")
    Map<String, Double> params = new LinkedHashMap<>();

    @Option(names = "--init", description = "initialisation base of a trainable family")
    String init;

    @Option(names = "--range", description = "x range as FROM:TO (default: ${DEFAULT-VALUE})")
    String range = "-5:5";

    @Option(names = "--points", description = "number of points, ≥ 2 (default: ${DEFAULT-VALUE})")
    int points = 201;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        if (run != null) {
            printRun();
            return;
        }
        if (activation == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --activation NAME or --run FILE");
        }
        String[] ends = range.split(":(?=[-+0-9.])", 2);
        double from, to;
        try {
            from = Double.parseDouble(ends[0]);
            to = Double.parseDouble(ends[1]);
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--range must look like -5:5, got " + range);
        }
        if (!(from < to) || points < 2 || points > 1_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--range needs FROM < TO and --points 2 to 1000000");
        }
        Activation f;
        try {
            f = Activations.create(new ActivationConfig(Commands.lowerCase(activation), params,
                    Commands.lowerCase(init), Sharing.LAYER), 1);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.println("x,y,dy");
        for (int i = 0; i < points; i++) {
            double x = from + (to - from) * i / (points - 1);
            out.println(String.format(Locale.ROOT, "%.6g,%.9g,%.9g", x, f.value(x, 0), f.derivative(x, 0)));
        }
        BaseFit fit = BaseFit.of(f);
        if (fit != null) {
            spec.commandLine().getErr().println(fit.sentence());
        }
    }

    private void printRun() {
        org.activationexplorer.runs.RunRecord record = Commands.loadRun(spec, run);
        var frame = Commands.frameAt(spec, record, step, run);
        if (layer < 1 || layer > frame.layers().size()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--layer must be 1 to " + frame.layers().size() + " for " + run);
        }
        var l = frame.layers().get(layer - 1);
        var out = spec.commandLine().getOut();
        out.println("x,y,dy");
        for (int i = 0; i < l.y().length; i++) {
            out.println(String.format(Locale.ROOT, "%.6g,%.9g,%.9g", l.x(i), l.y()[i], l.dy()[i]));
        }
        spec.commandLine().getErr().println("step " + frame.step() + " (epoch " + frame.epoch() + ") of " + run);
    }
}
