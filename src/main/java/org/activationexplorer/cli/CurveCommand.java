package org.activationexplorer.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Sharing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "curve", mixinStandardHelpOptions = true,
        description = "Print a family's curve at its initialisation as CSV: x,y,dy (dy = df/dx).")
final class CurveCommand implements Runnable {

    @Option(names = "--activation", required = true, description = "activation family")
    String activation;

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
            f = Activations.create(new ActivationConfig(activation, params, init, Sharing.LAYER), 1);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.println("x,y,dy");
        for (int i = 0; i < points; i++) {
            double x = from + (to - from) * i / (points - 1);
            out.println(String.format(Locale.ROOT, "%.6g,%.9g,%.9g", x, f.value(x, 0), f.derivative(x, 0)));
        }
    }
}
