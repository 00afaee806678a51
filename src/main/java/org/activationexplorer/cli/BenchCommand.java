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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RunConfig config = Commands.validConfig(spec, options);
        if (warmupSteps < 0 || steps < 1 || passes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warmup ≥ 0, --steps ≥ 1 and --passes ≥ 1");
        }
        try (Trainer trainer = new Trainer(config, Dataset.load(options.datasetFolder()))) {
            return bench(config, trainer);
        }
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
        double median = passes % 2 == 1 ? sorted[passes / 2] : (sorted[passes / 2 - 1] + sorted[passes / 2]) / 2;
        out.println(new JsonLine().put("samples_per_s", median).put("min_samples_per_s", sorted[0])
                .put("max_samples_per_s", sorted[passes - 1]).put("arch", config.arch())
                .put("activation", config.activation().family()).put("batch", config.batchSize())
                .put("blas", trainer.blas()).put("threads", config.threads()).put("passes", passes)
                .put("steps_per_pass", steps).put("parameters", trainer.network().parameterCount())
                .put("java", System.getProperty("java.version")));
        return 0;
    }
}
