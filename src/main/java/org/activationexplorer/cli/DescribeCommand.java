package org.activationexplorer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.BaseFit;
import org.activationexplorer.activation.Card;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Properties;
import org.activationexplorer.activation.Sharing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "describe", mixinStandardHelpOptions = true,
        description = {"Print one JSON object describing a family at its initialisation: name, formula, citation, "
                + "form, and properties computed from the curve (range, monotonic, zero_centred, smooth, saturates, "
                + "slope_at_zero).",
                "Infinite ends of range are the strings \"inf\" and \"-inf\" (JSON has no infinity). slope_at_zero "
                        + "is f'(0), or at a kink the mean of the one-sided slopes, or null where f itself jumps at 0 "
                        + "(slope_at_zero_rule says which); kinks lists the x where f' jumps in [-50, 50], jumps the x "
                        + "where f does.",
                "A family whose initial curve approximates a base function (taylor) adds valid_base, "
                        + "valid_tolerance, valid_intervals (every [a, b] in [-50, 50] where the initial curve is "
                        + "within valid_tolerance of the base) and valid_interval (the one holding 0, or [] if none)."})
final class DescribeCommand implements Runnable {

    @Option(names = "--activation", required = true, description = "activation family")
    String activation;

    @Option(names = "--param", description = "family hyperparameter, e.g. --param slope=0.1 (repeatable)")
    Map<String, Double> params = new LinkedHashMap<>();

    @Option(names = "--init", description = "initialisation base of a trainable family")
    String init;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        String name = Commands.lowerCase(activation), base = Commands.lowerCase(init);
        Family family;
        Activation f;
        try {
            family = Activations.family(name);
            f = family.create(new ActivationConfig(name, params, base, Sharing.LAYER), 1);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Properties p = Properties.of(f);
        Card.Note note = base == null ? null : family.card().initForms().get(base);
        List<String> saturates = new ArrayList<>();
        if (p.saturatesLeft()) {
            saturates.add("left");
        }
        if (p.saturatesRight()) {
            saturates.add("right");
        }
        JsonLine json = new JsonLine()
                .put("name", family.name())
                .put("formula", family.formula())
                .put("citation", family.citation())
                .put("form", family.card().form(base).label())
                .put("form_note", note == null ? "" : note.why())
                .put("range", List.of(bound(p.lower()), bound(p.upper())))
                .put("monotonic", p.monotonic())
                .put("zero_centred", p.zeroCentred())
                .put("smooth", p.smooth())
                .put("saturates", saturates)
                .put("slope_at_zero", p.slopeAtZero())
                .put("slope_at_zero_rule", p.jumps().contains(0.0) ? "none: f jumps at 0"
                        : p.kinkAtZero() ? "mean of one-sided slopes (kink at 0)" : "f'(0)")
                .put("kinks", p.kinks())
                .put("jumps", p.jumps());
        BaseFit fit = p.baseFit();
        if (fit != null) { // where the initial polynomial stands in for its base, computed (spec §1.5's pitfall)
            json.put("valid_base", fit.base())
                    .put("valid_tolerance", fit.tolerance())
                    .put("valid_intervals", fit.intervals().stream().map(DescribeCommand::pair).toList())
                    .put("valid_interval", fit.aroundZero() == null ? List.of() : pair(fit.aroundZero()));
        }
        spec.commandLine().getOut().println(json);
    }

    private static List<Double> pair(BaseFit.Interval i) {
        return List.of(i.from(), i.to());
    }

    /** A finite bound as a number, an infinite one as "inf"/"-inf" (JsonLine would write null, losing the sign). */
    private static Object bound(double v) {
        return Double.isFinite(v) ? (Object) v : v > 0 ? "inf" : "-inf";
    }
}
