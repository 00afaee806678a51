package org.activationexplorer.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.nn.Architectures;
import org.activationexplorer.nn.Init;
import org.activationexplorer.train.RunConfig;
import picocli.CommandLine.Option;

/** The options shared by train and bench; defaults are RunConfig.defaults(). */
final class TrainingOptions {
    private static final RunConfig D = RunConfig.defaults();

    @Option(names = "--arch", description = "mlp or lenet5 (default: ${DEFAULT-VALUE})")
    String arch = D.arch();

    @Option(names = "--hidden", split = ",", description = "MLP hidden sizes, e.g. 256,256 (default: 256,256)")
    List<Integer> hidden = D.hidden();

    @Option(names = "--activation", split = ",", paramLabel = "NAME",
            description = "activation family, see list-activations: one for every activation layer, or one per layer "
                    + "in order, e.g. slaf,relu (default: relu)")
    List<String> activation = List.of(D.activation().family());

    @Option(names = "--param", description = "family hyperparameter, e.g. --param slope=0.1 (every layer whose family "
            + "has it), --param 1:k=4 (layer 1 only); repeatable")
    Map<String, Double> params = new LinkedHashMap<>();

    @Option(names = "--init", split = ",", paramLabel = "BASE",
            description = "initialisation base of a trainable family, e.g. tanh; 2:tanh for layer 2 only")
    List<String> init = List.of();

    @Option(names = "--sharing",
            description = "activation parameter sharing: LAYER or CHANNEL, any case (default: ${DEFAULT-VALUE})")
    Sharing sharing = Sharing.LAYER;

    @Option(names = "--optimizer", description = "adam or sgd (default: ${DEFAULT-VALUE})")
    String optimizer = D.optimizer();

    @Option(names = "--lr", description = "learning rate (default: ${DEFAULT-VALUE})")
    double learningRate = D.learningRate();

    @Option(names = "--activation-lr", description = "learning rate of activation parameters (default: same as --lr)")
    Double activationLearningRate;

    @Option(names = "--momentum", description = "SGD momentum (default: ${DEFAULT-VALUE})")
    double momentum = D.momentum();

    @Option(names = "--weight-decay", description = "weight decay of the weights (default: ${DEFAULT-VALUE})")
    double weightDecay = D.weightDecay();

    @Option(names = "--schedule", description = "learning rates over the run, both groups: constant, cosine (to 0 at "
            + "the run's last step) or step (x0.1 at 50 %% and again at 75 %% of the steps) (default: ${DEFAULT-VALUE})")
    String schedule = D.schedule();

    @Option(names = "--clip-norm", paramLabel = "X", description = "clip the gradients' global norm (every parameter, "
            + "activation parameters included) to X; 0 = no clipping (default: ${DEFAULT-VALUE})")
    double clipNorm = D.clipNorm();

    @Option(names = "--batch", description = "batch size (default: ${DEFAULT-VALUE})")
    int batchSize = D.batchSize();

    @Option(names = "--epochs", description = "epochs (default: ${DEFAULT-VALUE})")
    int epochs = D.epochs();

    @Option(names = "--seed", description = "random seed for weights and shuffling (default: ${DEFAULT-VALUE})")
    long seed = D.seed();

    @Option(names = "--limit", description = "train on the first N images only, 0 = all (default: ${DEFAULT-VALUE})")
    int limit = D.limit();

    @Option(names = "--weight-init", description = "HE, XAVIER or PYTORCH, any case (default: ${DEFAULT-VALUE})")
    Init weightInit = D.init();

    @Option(names = "--blas", description = "GEMM backend: auto, vector, native or java (default: ${DEFAULT-VALUE})")
    String blas = D.blas();

    @Option(names = "--threads", description = "GEMM threads (default: ${DEFAULT-VALUE})")
    int threads = D.threads();

    @Option(names = "--dataset", description = "a dataset folder: MNIST's four IDX files or CIFAR-10's binary "
            + "batches (cifar-10-batches-bin) (default: the bundled MNIST)")
    Path dataset;

    /** The settings as given, the names in lower case so that --activation GELU or --optimizer Adam work too. */
    RunConfig toConfig() {
        LayerOptions layers = layers();
        RunConfig config = new RunConfig(Commands.lowerCase(arch), hidden, layers.shared(sharing),
                Commands.lowerCase(optimizer), learningRate,
                activationLearningRate == null ? learningRate : activationLearningRate, momentum, weightDecay,
                batchSize, epochs, seed, limit, weightInit, Commands.lowerCase(blas), threads)
                .withRoutine(Commands.lowerCase(schedule), clipNorm);
        return layers.perLayer() ? config.withLayerActivations(layers.perLayer(sharing, activationLayers())) : config;
    }

    /** What is wrong with --activation, --param and --init as options (RunConfig names what is wrong in the rest). */
    List<String> problems() {
        LayerOptions layers = layers();
        if (layers.perLayer()) {
            layers.perLayer(sharing, activationLayers());
        }
        return layers.problems();
    }

    private LayerOptions layers() {
        return new LayerOptions(activation.stream().map(Commands::lowerCase).toList(), params,
                init.stream().map(Commands::lowerCase).toList());
    }

    /** The network's activation layers; −1 when --arch names no network. */
    private int activationLayers() {
        String a = Commands.lowerCase(arch);
        return Architectures.NAMES.contains(a) ? Architectures.activationLayers(a, hidden).size() : -1;
    }

    Path datasetFolder() {
        return dataset != null ? dataset : DatasetFolders.bundledMnist();
    }
}
