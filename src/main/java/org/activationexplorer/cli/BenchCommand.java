package org.activationexplorer.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training throughput: warm-up, then timed passes; the last line is a JSON summary "
                + "with the median samples_per_s.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    TrainingOptions options;

    @Option(names = "--warmup", description = "untimed warm-up steps (default: ${DEFAULT-VALUE})")
    int warmupSteps = 300;

    @Option(names = "--steps", description = "training steps per timed pass (default: ${DEFAULT-VALUE})")
    int steps = 200;

    @Option(names = "--passes", description = "timed passes (default: ${DEFAULT-VALUE})")
    int passes = 7;

    @Option(names = "--against", paramLabel = "NAME", description = "also train this activation (e.g. relu) in the "
            + "same process, passes interleaved with the first, and report the median ratio of their speeds: on a "
            + "noisy machine both see the same conditions")
    String against;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RunConfig config = Commands.validConfig(spec, options);
        if (warmupSteps < 0 || steps < 1 || passes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warmup ≥ 0, --steps ≥ 1 and --passes ≥ 1");
        }
        Dataset data = Dataset.load(options.datasetFolder());
        Commands.checkAgainstData(spec, config, data);
        if (against != null) {
            RunConfig reference = config.withActivation(
                    org.activationexplorer.activation.ActivationConfig.of(Commands.lowerCase(against)));
            if (!reference.problems().isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--against: " + reference.problems());
            }
            try (Trainer trainer = new Trainer(config, data); Trainer baseline = new Trainer(reference, data)) {
                return interleaved(config, trainer, baseline);
            }
        }
        try (Trainer trainer = new Trainer(config, data)) {
            return bench(config, trainer);
        }
    }

    /** Passes of the two trainers in turn (reference first); ratio = this family's samples/s over the reference's. */
    private int interleaved(RunConfig config, Trainer trainer, Trainer baseline) {
        var out = spec.commandLine().getOut();
        baseline.trainSteps(Math.max(1, warmupSteps));
        trainer.trainSteps(Math.max(1, warmupSteps));
        double[] rates = new double[passes], references = new double[passes], ratios = new double[passes];
        for (int i = 0; i < passes; i++) {
            references[i] = rate(baseline, config);
            rates[i] = rate(trainer, config);
            ratios[i] = rates[i] / references[i];
            out.println(new JsonLine().put("pass", i + 1).put("samples_per_s", rates[i])
                    .put("reference_samples_per_s", references[i]).put("ratio", ratios[i]));
            out.flush();
        }
        out.println(new JsonLine().put("samples_per_s", median(rates)).put("reference_samples_per_s", median(references))
                .put("ratio", median(ratios)).put("min_ratio", Arrays.stream(ratios).min().orElse(0))
                .put("max_ratio", Arrays.stream(ratios).max().orElse(0)).put("arch", config.arch())
                .put("activation", String.join(",", config.familyNames())).put("against", against)
                .put("batch", config.batchSize()).put("blas", trainer.blas()).put("threads", config.threads())
                .put("passes", passes).put("steps_per_pass", steps).put("java", System.getProperty("java.version")));
        return 0;
    }

    private double rate(Trainer trainer, RunConfig config) {
        long start = System.nanoTime();
        trainer.trainSteps(steps);
        return (double) steps * config.batchSize() / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private int bench(RunConfig config, Trainer trainer) {
        var out = spec.commandLine().getOut();
        trainer.trainSteps(Math.max(1, warmupSteps));
        double[] rates = new double[passes];
        double loss = 0;
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            loss = trainer.trainSteps(steps);
            double seconds = (System.nanoTime() - start) / 1e9;
            rates[i] = (double) steps * config.batchSize() / seconds;
            out.println(new JsonLine().put("pass", i + 1).put("samples_per_s", rates[i]).put("seconds", seconds)
                    .put("loss", loss));
            out.flush();
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        out.println(new JsonLine().put("samples_per_s", median(rates)).put("min_samples_per_s", sorted[0])
                .put("max_samples_per_s", sorted[passes - 1]).put("arch", config.arch())
                .put("activation", String.join(",", config.familyNames())).put("batch", config.batchSize())
                .put("blas", trainer.blas()).put("threads", config.threads()).put("passes", passes)
                .put("steps_per_pass", steps).put("parameters", trainer.network().parameterCount())
                .put("java", System.getProperty("java.version")));
        return 0;
    }
}
