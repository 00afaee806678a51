package org.activationexplorer.train;

import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.linalg.Gemms;
import org.activationexplorer.nn.Architectures;
import org.activationexplorer.nn.Init;
import org.activationexplorer.optim.Schedule;

/**
 * Everything that defines a training run; with the same dataset and seed, the same config reproduces the
 * same run. activationLearningRate is the learning rate of the activation parameters' own group.
 * <p>
 * Activation families: {@code activation} serves every activation layer while {@code layerActivations} is empty;
 * otherwise layerActivations holds one per activation layer, in order, and {@code activation} is the first of them
 * (so activation() is always layer 1's). {@code schedule} names an {@link Schedule} (the learning rates of both
 * groups over the run), {@code clipNorm} the limit of the global gradient norm (0: no clipping). Run files written
 * before these three existed load as one family for all, "constant" and 0.
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
        int threads,
        List<ActivationConfig> layerActivations,
        String schedule,
        double clipNorm) {

    public static final long DEFAULT_SEED = 1;
    /** GEMM threads: both cores of a 2-core laptop; more rarely pays for these small products. */
    public static final int DEFAULT_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());
    public static final List<String> OPTIMIZERS = List.of("adam", "sgd");

    public RunConfig {
        hidden = List.copyOf(hidden);
        layerActivations = layerActivations == null ? List.of() : List.copyOf(layerActivations);
        activation = layerActivations.isEmpty() ? activation : layerActivations.get(0);
        schedule = schedule == null ? Schedule.CONSTANT.label() : schedule;
    }

    /** One family for every activation layer, a constant learning rate, no clipping (as every run before them). */
    public RunConfig(String arch, List<Integer> hidden, ActivationConfig activation, String optimizer,
                     double learningRate, double activationLearningRate, double momentum, double weightDecay,
                     int batchSize, int epochs, long seed, int limit, Init init, String blas, int threads) {
        this(arch, hidden, activation, optimizer, learningRate, activationLearningRate, momentum, weightDecay,
                batchSize, epochs, seed, limit, init, blas, threads, List.of(), Schedule.CONSTANT.label(), 0);
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
        if (layerActivations.isEmpty()) {
            activationProblems(problems, "", activation);
        } else {
            layerProblems(problems);
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
        if (!Gemms.BACKENDS.contains(blas)) { // found here, before the dataset loads, not when the trainer starts
            problems.add("blas must be one of " + Gemms.BACKENDS + ", got '" + blas + "'");
        }
        if (threads < 1 || threads > 2) {
            problems.add("threads must be 1 or 2, got " + threads);
        }
        if (!Schedule.NAMES.contains(schedule)) {
            problems.add("schedule must be one of " + Schedule.NAMES + ", got '" + schedule + "'");
        }
        if (!(clipNorm >= 0 && clipNorm < Double.POSITIVE_INFINITY)) {
            problems.add("clip norm must be 0 (no clipping) or a positive number, got " + clipNorm);
        }
        return problems;
    }

    /** A family per layer: as many as the network's activation layers, each valid (its problems say its layer). */
    private void layerProblems(List<String> problems) {
        if (Architectures.NAMES.contains(arch)) {
            List<String> layers = Architectures.activationLayers(arch, hidden);
            if (layers.size() != layerActivations.size()) {
                problems.add("activation: " + layerActivations.size() + " families given (" + String.join(", ",
                        familyNames()) + "), but " + Architectures.label(arch, hidden) + " has " + layers.size()
                        + " activation layer" + (layers.size() == 1 ? "" : "s") + " (" + String.join(", ", layers)
                        + "); name one family for all of them or one per layer, in order");
            }
        }
        for (int i = 0; i < layerActivations.size(); i++) {
            activationProblems(problems, "layer " + (i + 1) + ": ", layerActivations.get(i));
        }
    }

    /** A family's problems (unknown name, hyperparameters, initialisation), each after `prefix`. */
    private static void activationProblems(List<String> problems, String prefix, ActivationConfig a) {
        try {
            var family = Activations.family(a.family());
            family.resolve(a.params());
            if (a.init() != null && !family.initBases().contains(a.init())) {
                problems.add(prefix + family.name() + " has no initialisation '" + a.init() + "'"
                        + (family.initBases().isEmpty() ? "" : "; valid: " + family.initBases()));
            }
        } catch (IllegalArgumentException e) {
            problems.add(prefix + e.getMessage());
        }
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

    /** Activation layer i's family (from 0, in the network's order). */
    public ActivationConfig activation(int layer) {
        return layerActivations.isEmpty() ? activation : layerActivations.get(layer);
    }

    /** True when the activation layers have families of their own (layerActivations is not empty). */
    public boolean perLayer() {
        return !layerActivations.isEmpty();
    }

    /** The family names: one for every layer ([relu]) or each layer's in order ([slaf, relu]), for output and files. */
    public List<String> familyNames() {
        return (layerActivations.isEmpty() ? List.of(activation) : layerActivations).stream()
                .map(ActivationConfig::family).toList();
    }

    /** True when any activation layer has trainable parameters. */
    public boolean anyTrainableActivation() {
        return familyNames().stream().anyMatch(n -> Activations.family(n).trainable());
    }

    /** The schedule and clipping as words for captions ("cosine schedule, clip norm 1"); empty for neither. */
    public String routineLabel() {
        String lr = schedule.equals(Schedule.CONSTANT.label()) ? "" : schedule + " schedule";
        return lr.isEmpty() || clipLabel().isEmpty() ? lr + clipLabel() : lr + ", " + clipLabel();
    }

    /** "clip norm 1" as given (0.5, 5 …); empty without clipping. */
    public String clipLabel() {
        return clipNorm > 0 ? "clip norm " + java.math.BigDecimal.valueOf(clipNorm).stripTrailingZeros().toPlainString()
                : "";
    }

    /** The same run with one family for every activation layer. */
    public RunConfig withActivation(ActivationConfig a) {
        return new RunConfig(arch, hidden, a, optimizer, learningRate, activationLearningRate, momentum, weightDecay,
                batchSize, epochs, seed, limit, init, blas, threads, List.of(), schedule, clipNorm);
    }

    /**
     * The same run with a family per activation layer, in order; one family for all when they are all the same and
     * as many as the network's activation layers (so relu,relu on a 2-layer MLP is plain relu).
     */
    public RunConfig withLayerActivations(List<ActivationConfig> layers) {
        if (layers.isEmpty()) {
            return withActivation(activation);
        }
        if (layers.stream().allMatch(layers.get(0)::equals) && Architectures.NAMES.contains(arch)
                && layers.size() == Architectures.activationLayers(arch, hidden).size()) {
            return withActivation(layers.get(0));
        }
        return new RunConfig(arch, hidden, layers.get(0), optimizer, learningRate, activationLearningRate, momentum,
                weightDecay, batchSize, epochs, seed, limit, init, blas, threads, layers, schedule, clipNorm);
    }

    /** The same run with a learning-rate schedule (a Schedule's name) and gradient clipping (0: none). */
    public RunConfig withRoutine(String scheduleName, double clip) {
        return new RunConfig(arch, hidden, activation, optimizer, learningRate, activationLearningRate, momentum,
                weightDecay, batchSize, epochs, seed, limit, init, blas, threads, layerActivations, scheduleName, clip);
    }

    public RunConfig withEpochs(int n) {
        return new RunConfig(arch, hidden, activation, optimizer, learningRate, activationLearningRate, momentum,
                weightDecay, batchSize, n, seed, limit, init, blas, threads, layerActivations, schedule, clipNorm);
    }
}
