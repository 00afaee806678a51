package org.activationexplorer.train;

import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.nn.Architectures;
import org.activationexplorer.nn.Init;

/**
 * Everything that defines a training run; with the same dataset and seed, the same config reproduces the
 * same run. activationLearningRate is the learning rate of the activation parameters' own group.
 */
public record RunConfig(
        String arch,
        List<Integer> hidden,
        ActivationConfig activation,
        String optimizer,
        double learningRate,
        double activationLearningRate,
        double momentum,
        double weightDecay,
        int batchSize,
        int epochs,
        long seed,
        int limit,
        Init init,
        String blas,
        int threads) {

    public static final long DEFAULT_SEED = 1;
    /** GEMM threads: both cores of a 2-core laptop; more rarely pays for these small products. */
    public static final int DEFAULT_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());
    public static final List<String> OPTIMIZERS = List.of("adam", "sgd");

    public RunConfig {
        hidden = List.copyOf(hidden);
    }

    /** MLP 784-256-256-10 with ReLU, Adam 1e-3, batch 128, 3 epochs, the whole training set. */
    public static RunConfig defaults() {
        return new RunConfig("mlp", List.of(256, 256), ActivationConfig.of("relu"), "adam", 1e-3, 1e-3, 0.9, 0,
                128, 3, DEFAULT_SEED, 0, Init.HE, "auto", DEFAULT_THREADS);
    }

    /** Every problem with the settings, each naming the setting and its valid range; empty when valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!Architectures.NAMES.contains(arch)) {
            problems.add("arch must be one of " + Architectures.NAMES + ", got '" + arch + "'");
        }
        if (arch.equals("mlp") && (hidden.isEmpty() || hidden.stream().anyMatch(h -> h < 1 || h > 8192))) {
            problems.add("hidden sizes must be 1 to 8192 neurons each, at least one layer, got " + hidden);
        }
        try {
            var family = Activations.family(activation.family());
            family.resolve(activation.params());
            if (activation.init() != null && !family.initBases().contains(activation.init())) {
                problems.add(family.name() + " has no initialisation '" + activation.init() + "'"
                        + (family.initBases().isEmpty() ? "" : "; valid: " + family.initBases()));
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!OPTIMIZERS.contains(optimizer)) {
            problems.add("optimizer must be one of " + OPTIMIZERS + ", got '" + optimizer + "'");
        }
        positive(problems, "learning rate", learningRate, 10);
        if (!(activationLearningRate >= 0 && activationLearningRate <= 10)) {
            problems.add("activation learning rate must be in [0, 10], got " + activationLearningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            problems.add("momentum must be in [0, 1), got " + momentum);
        }
        if (!(weightDecay >= 0 && weightDecay <= 1)) {
            problems.add("weight decay must be in [0, 1], got " + weightDecay);
        }
        if (batchSize < 1 || batchSize > 4096) {
            problems.add("batch size must be 1 to 4096, got " + batchSize);
        }
        if (epochs < 1 || epochs > 10_000) {
            problems.add("epochs must be 1 to 10000, got " + epochs);
        }
        if (limit < 0) {
            problems.add("limit must be ≥ 0 (0 = the whole training set), got " + limit);
        }
        if (threads < 1 || threads > 2) {
            problems.add("threads must be 1 or 2, got " + threads);
        }
        return problems;
    }

    /** Throws IllegalArgumentException listing every problem. */
    public RunConfig validated() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return this;
    }

    private static void positive(List<String> problems, String name, double value, double max) {
        if (!(value > 0 && value <= max)) {
            problems.add(name + " must be in (0, " + (int) max + "], got " + value);
        }
    }

    public RunConfig withActivation(ActivationConfig a) {
        return new RunConfig(arch, hidden, a, optimizer, learningRate, activationLearningRate, momentum, weightDecay,
                batchSize, epochs, seed, limit, init, blas, threads);
    }

    public RunConfig withEpochs(int n) {
        return new RunConfig(arch, hidden, activation, optimizer, learningRate, activationLearningRate, momentum,
                weightDecay, batchSize, n, seed, limit, init, blas, threads);
    }
}
