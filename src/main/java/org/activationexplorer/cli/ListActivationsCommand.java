package org.activationexplorer.cli;

import java.util.Locale;
import java.util.Map;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "list-activations", mixinStandardHelpOptions = true,
        description = "List every activation family with its formula, citation, form and hyperparameters.")
final class ListActivationsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        for (Family f : Activations.all()) {
            out.printf(Locale.ROOT, "%-16s %s%s%n", f.name(), f.trainable() ? "[trainable] " : "", f.formula());
            out.printf(Locale.ROOT, "%16s   %s  [form: %s]%n", "", f.citation(), f.card().form().label());
            // an initialisation with a different standing (Taylor's ReLU start is a fit, not a series) says why
            f.card().initForms().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.printf(
                    Locale.ROOT, "%16s   --init %s: form %s, %s%n", "", e.getKey(), e.getValue().form().label(),
                    e.getValue().why()));
            for (Hyperparameter h : f.hyperparameters()) {
                out.printf(Locale.ROOT, "%16s   --param %s=%s  in [%s, %s]  %s%n", "", h.name(), number(h.defaultValue()),
                        number(h.min()), number(h.max()), h.description());
            }
            if (!f.initBases().isEmpty()) {
                out.printf(Locale.ROOT, "%16s   --init %s%n", "", String.join("|", f.initBases()));
            }
        }
    }
}
