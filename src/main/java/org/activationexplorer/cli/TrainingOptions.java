package org.activationexplorer.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.data.DatasetFolders;
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

    @Option(names = "--activation", description = "activation family, see list-activations (default: ${DEFAULT-VALUE})")
    String activation = D.activation().family();

    @Option(names = "--param", description = "family hyperparameter, e.g. --param slope=0.1 (repeatable)")
    Map<String, Double> params = new LinkedHashMap<>();

    @Option(names = "--init", description = "initialisation base of a trainable family, e.g. tanh")
    String init;

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
        ActivationConfig activationConfig = new ActivationConfig(Commands.lowerCase(activation), params,
                Commands.lowerCase(init), sharing);
        return new RunConfig(Commands.lowerCase(arch), hidden, activationConfig, Commands.lowerCase(optimizer),
                learningRate, activationLearningRate == null ? learningRate : activationLearningRate, momentum,
                weightDecay, batchSize, epochs, seed, limit, weightInit, Commands.lowerCase(blas), threads);
    }

    Path datasetFolder() {
        return dataset != null ? dataset : DatasetFolders.bundledMnist();
    }
}
