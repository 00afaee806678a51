package org.activationexplorer.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.activationexplorer.activation.special.KernelInlining;
import org.activationexplorer.data.Batches;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.linalg.Compute;
import org.activationexplorer.nn.Architectures;
import org.activationexplorer.nn.Network;
import org.activationexplorer.optim.Adam;
import org.activationexplorer.optim.GradientClip;
import org.activationexplorer.optim.Optimizer;
import org.activationexplorer.optim.Parameter;
import org.activationexplorer.optim.ParameterGroup;
import org.activationexplorer.optim.Schedule;
import org.activationexplorer.optim.Sgd;

/**
 * Trains one network on one dataset, a batch at a time (trainBatch, then finishEpoch when epochComplete).
 * Every step clips the gradients when the config asks (global norm, all parameters) and sets the learning rates
 * from the schedule at the run's update count before the optimizer's step. Not thread-safe: one thread drives it.
 */
public final class Trainer implements AutoCloseable {
    private final RunConfig config;
    private final Dataset data;
    private final Compute compute;
    private final Network network;
    private final Optimizer optimizer;
    private final Batches train;
    private final Batches test;
    private final GradientClip clip;  // null: no clipping
    private final Schedule schedule;
    private long updates;           // optimizer steps of the run so far (the schedule's position)
    private int epoch;              // epochs finished
    private int streamEpochs;       // epochs that trainSteps ran through without evaluating (benchmarks)
    private boolean inEpoch;         // batch-by-batch training (trainBatch) has begun the current epoch
    private double epochLossSum;
    private int epochBatches;
    private long epochNanos;
    private boolean healthWanted;
    private List<LayerHealth> health = List.of();
    private List<LayerHealth> healthAtEnd = List.of();

    public Trainer(RunConfig config, Dataset data) {
        KernelInlining.keepKernelsApart(); // before any kernel gets hot: each compiled on its own stays fast
        this.config = config.validated();
        this.data = config.limit() > 0 && config.limit() < data.trainSize() ? data.limitTrain(config.limit()) : data;
        this.compute = Compute.create(config.blas(), config.threads(), !config.arch().equals("mlp"));
        Random random = new Random(config.seed());
        this.network = Architectures.build(new Architectures.Spec(config.arch(), config.hidden(), data.channels(),
                data.rows(), data.cols(), data.classes(), config.activation(), config.batchSize(), config.init(),
                config.layerActivations()), compute, random);
        this.optimizer = optimizer(config, network.parameters(), compute);
        this.clip = config.clipNorm() > 0 ? new GradientClip(network.parameters()) : null;
        this.schedule = Schedule.named(config.schedule());
        this.train = new Batches(this.data.trainImages(), this.data.trainLabels(), this.data.trainSize(),
                data.features(), config.batchSize(), config.seed(), true);
        this.test = new Batches(data.testImages(), data.testLabels(), data.testSize(), data.features(),
                config.batchSize(), config.seed(), false);
    }

    private static Optimizer optimizer(RunConfig c, List<Parameter> parameters, Compute compute) {
        List<Parameter> weights = new ArrayList<>(), biases = new ArrayList<>(), activation = new ArrayList<>();
        for (Parameter p : parameters) {
            (switch (p.kind()) {
                case WEIGHT -> weights;
                case BIAS -> biases;
                case ACTIVATION -> activation;
            }).add(p);
        }
        List<ParameterGroup> groups = List.of(
                new ParameterGroup(weights, c.learningRate(), c.weightDecay()),
                new ParameterGroup(biases, c.learningRate(), 0),
                new ParameterGroup(activation, c.activationLearningRate(), 0));
        return c.optimizer().equals("sgd") ? new Sgd(groups, c.momentum()) : new Adam(groups, compute.parallel());
    }

    /**
     * Trains one batch of the current epoch, beginning the epoch if needed: the one way to drive training, so the
     * window (pause, single steps, slow motion) and the command line run the same steps. Returns the batch's loss;
     * once epochComplete(), finishEpoch() evaluates. Throws DivergenceException on a NaN/Inf loss (the update is
     * not applied).
     */
    public double trainBatch() {
        if (!inEpoch) {
            train.startEpoch(epoch + streamEpochs);
            inEpoch = true;
            epochLossSum = 0;
            epochBatches = 0;
            epochNanos = 0;
        }
        if (!train.next()) {
            throw new IllegalStateException("the epoch is complete: call finishEpoch()");
        }
        boolean last = (epochBatches + 1) * config.batchSize() >= data.trainSize();
        healthWanted |= last; // every epoch's result carries the layers' health at its last batch
        long start = System.nanoTime();
        double loss = step();
        epochNanos += System.nanoTime() - start;
        epochLossSum += loss;
        epochBatches++;
        if (last) {
            healthAtEnd = health;
        }
        return loss;
    }

    /** True between the first trainBatch of an epoch and finishEpoch. */
    public boolean epochInProgress() {
        return inEpoch;
    }

    /** For a trainer that takes over a run (new settings, restored weights): epochs already done. */
    public void continueAfter(int epochsDone) {
        if (inEpoch || epochsDone < 0) {
            throw new IllegalStateException("continueAfter is for a fresh trainer");
        }
        epoch = epochsDone;
        updates = (long) epochsDone * batchesPerEpoch(); // the schedule goes on where the run's epochs are
    }

    /** True when trainBatch has used every batch of the current epoch. */
    public boolean epochComplete() {
        return inEpoch && epochBatches * config.batchSize() >= data.trainSize();
    }

    /** Index of the batch trainBatch trained last, within its epoch. */
    public int batchIndex() {
        return train.batchIndex();
    }

    public int batchesPerEpoch() {
        return (data.trainSize() + config.batchSize() - 1) / config.batchSize();
    }

    /** Ends an epoch of trainBatch calls: evaluates on the test set. */
    public EpochResult finishEpoch() {
        inEpoch = false;
        epoch++;
        long evalStart = System.nanoTime();
        Evaluation eval = evaluate();
        double evalSeconds = (System.nanoTime() - evalStart) / 1e9, trainSeconds = epochNanos / 1e9;
        return new EpochResult(epoch, epochLossSum / Math.max(1, epochBatches), eval.loss(), eval.accuracy(),
                epochBatches * (double) config.batchSize() / Math.max(trainSeconds, 1e-9), trainSeconds, evalSeconds,
                healthAtEnd);
    }

    /** Logits of the first n test images (n ≤ batch size), in inference mode. */
    public float[] predictTest(int n) {
        network.setTraining(false);
        try {
            float[] x = java.util.Arrays.copyOf(data.testImages(), n * data.features());
            return network.forward(x, n).clone();
        } finally {
            network.setTraining(true);
        }
    }

    /** Trains on the current batch of the training stream and returns its loss. */
    private double step() {
        double loss = network.trainStep(train.x(), train.labels(), train.size());
        if (!Double.isFinite(loss)) {
            throw new DivergenceException(epoch + 1, train.batchIndex() + 1, loss);
        }
        if (clip != null) {
            clip.clip(config.clipNorm());
        }
        optimizer.scaleLearningRates(learningRateFactor());
        // health needs the gradients before the step (the optimizer zeroes them) and the weights after it
        HealthMeter.Before before = healthWanted ? HealthMeter.before(network) : null;
        optimizer.step();
        updates++;
        if (before != null) {
            health = HealthMeter.after(before);
            healthWanted = false;
        }
        return loss;
    }

    /** The schedule's factor on the learning rates for the next update (1 for a constant schedule). */
    public double learningRateFactor() {
        return schedule.factor(updates, (long) config.epochs() * batchesPerEpoch());
    }

    /** Measure the activation layers' health around the next step (see health()). */
    public void requestHealth() {
        healthWanted = true;
    }

    /** Every activation layer's health at the last step that measured it (empty before any). */
    public List<LayerHealth> health() {
        return health;
    }

    /**
     * Trains for a number of steps, continuing the batch stream across epoch ends without evaluating or measuring
     * health (benchmarks, tests); epochsDone() does not move. Returns the mean loss. Not through trainBatch: with its
     * bookkeeping in the loop, LeNet-5's steps allocated 3.4 MB per 20 in some runs of the allocation test (a
     * kernel's vectors no longer scalar-replaced once C2 compiled the deeper call chain), and never did this way.
     */
    public double trainSteps(int steps) {
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            if (!train.next()) {
                train.startEpoch(epoch + ++streamEpochs);
                train.next();
            }
            sum += step();
        }
        return sum / steps;
    }

    /** Loss and accuracy on the whole test set, in batches of the training batch size. */
    public Evaluation evaluate() {
        network.setTraining(false);
        try {
            return evaluateTestSet();
        } finally {
            network.setTraining(true);
        }
    }

    private Evaluation evaluateTestSet() {
        test.startEpoch(0);
        double lossSum = 0;
        int correct = 0, count = 0, classes = data.classes();
        while (test.next()) {
            int n = test.size();
            float[] logits = network.forward(test.x(), n);
            int[] labels = test.labels();
            lossSum += network.loss(logits, labels, n) * n;
            for (int i = 0; i < n; i++) {
                int best = 0;
                for (int j = 1; j < classes; j++) {
                    if (logits[i * classes + j] > logits[i * classes + best]) {
                        best = j;
                    }
                }
                correct += best == labels[i] ? 1 : 0;
            }
            count += n;
        }
        return new Evaluation(lossSum / count, (double) correct / count, count);
    }

    /** Releases the GEMM backend's threads. */
    @Override
    public void close() {
        compute.close();
    }

    public Network network() {
        return network;
    }

    public RunConfig config() {
        return config;
    }

    public Dataset data() {
        return data;
    }

    public String blas() {
        return compute.gemm().name();
    }

    public int epochsDone() {
        return epoch;
    }
}
