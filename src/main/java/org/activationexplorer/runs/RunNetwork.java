package org.activationexplorer.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.ImageShape;
import org.activationexplorer.linalg.Compute;
import org.activationexplorer.linalg.Gemms;
import org.activationexplorer.nn.Architectures;
import org.activationexplorer.nn.Network;
import org.activationexplorer.nn.SoftmaxCrossEntropy;
import org.activationexplorer.optim.Parameter;
import org.activationexplorer.train.RunConfig;

/**
 * The trained network of a run file, answering on new images: rebuilt from the run's settings as Trainer builds
 * it, with the run's final weights copied in by name, in inference mode. Not thread-safe; close() when done.
 */
public final class RunNetwork implements AutoCloseable {
    /** Images per forward pass; the layers keep buffers this many images deep. */
    static final int BATCH = 128;
    private final Network network;
    private final Compute compute;
    private final Dataset data;

    private RunNetwork(Network network, Compute compute, Dataset data) {
        this.network = network;
        this.compute = compute;
        this.data = data;
    }

    /** The run's weights do not fit the network its settings build (another dataset's class count, a bad file). */
    public static final class WeightsMismatchException extends IllegalArgumentException {
        WeightsMismatchException(String message) {
            super(message);
        }
    }

    /** The run was trained on images of another shape than the dataset's (a CIFAR-10 run and MNIST, say). */
    public static final class InputMismatchException extends IllegalArgumentException {
        private final transient ImageShape run;
        private final transient ImageShape dataset;

        InputMismatchException(ImageShape run, ImageShape dataset) {
            super("the run was trained on images of " + describe(run) + ", the dataset's are " + describe(dataset)
                    + ": give the dataset it was trained on");
            this.run = run;
            this.dataset = dataset;
        }

        /** The shape of the run's training images. */
        public ImageShape run() {
            return run;
        }

        public ImageShape dataset() {
            return dataset;
        }
    }

    /** "3×32×32 (colour)", "1×28×28 (grey)". */
    public static String describe(ImageShape shape) {
        return shape + (shape.colour() ? " (colour)" : shape.channels() == 1 ? " (grey)" : "");
    }

    /**
     * The network of `record` for images of `data` (its shape and class count, and its training set's mean and
     * deviation per channel to normalise new images, as the run's training did).
     *
     * @throws InputMismatchException   when the run recorded an input shape other than the dataset's
     * @throws WeightsMismatchException naming the first weight that is missing, extra or of another length
     */
    public static RunNetwork of(RunRecord record, Dataset data) {
        if (record.input() != null && !record.input().equals(data.shape())) {
            throw new InputMismatchException(record.input(), data.shape());
        }
        RunConfig c = record.config();
        // One thread and no worker pools: a handful of images does not pay for threads that spin between calls
        Compute compute = Compute.serial(Gemms.singleThreaded(c.blas()));
        try {
            Network network = Architectures.build(new Architectures.Spec(c.arch(), c.hidden(), data.channels(),
                    data.rows(), data.cols(), data.classes(), c.activation(), BATCH, c.init(), c.layerActivations()),
                    compute, new Random(c.seed()));
            Map<String, float[]> parameters = new java.util.LinkedHashMap<>(record.weights());
            Map<String, float[]> state = new java.util.LinkedHashMap<>();
            for (String name : network.state().keySet()) { // saved since 2026-12-03; before, SLAF starts at (0, 1)
                if (parameters.containsKey(name)) {
                    state.put(name, parameters.remove(name));
                }
            }
            copyWeights(parameters, network.parameters());
            network.restoreState(state);
            network.setTraining(false);
            return new RunNetwork(network, compute, data);
        } catch (RuntimeException e) {
            compute.close();
            throw e;
        }
    }

    /** Every parameter's values from `weights` by name; every length checked before anything is written. */
    static void copyWeights(Map<String, float[]> weights, List<Parameter> parameters) {
        List<String> unused = new ArrayList<>(weights.keySet());
        for (Parameter p : parameters) {
            float[] saved = weights.get(p.name());
            if (saved == null) {
                throw new WeightsMismatchException("the run file has no weight '" + p.name() + "' ("
                        + p.size() + " values) for its network");
            }
            if (saved.length != p.size()) {
                throw new WeightsMismatchException("weight '" + p.name() + "' has " + saved.length
                        + " values in the run file but " + p.size() + " in the network (a run of another dataset?)");
            }
            unused.remove(p.name());
        }
        if (!unused.isEmpty()) {
            throw new WeightsMismatchException("the run file has weights its network lacks: " + unused);
        }
        for (Parameter p : parameters) {
            float[] saved = weights.get(p.name());
            System.arraycopy(saved, 0, p.value(), 0, saved.length);
        }
    }

    /**
     * Softmax probabilities of the classes for one image of raw unsigned-byte pixels (channels × rows × cols of the
     * dataset, channel after channel).
     */
    public double[] probabilities(byte[] pixels) {
        if (pixels.length != data.features()) {
            throw new IllegalArgumentException("an image of " + data.shape() + " = " + data.features()
                    + " values is needed, got " + pixels.length);
        }
        return probabilities(data.normalise(pixels), 1)[0];
    }

    /**
     * Softmax probabilities of the classes for n images already normalised as the dataset's (testImages()).
     *
     * @param images [read] at least n × features values, image after image
     */
    public double[][] probabilities(float[] images, int n) {
        int features = data.features(), classes = data.classes();
        double[][] out = new double[n][];
        float[] batch = new float[BATCH * features];
        for (int first = 0; first < n; first += BATCH) {
            int count = Math.min(BATCH, n - first);
            System.arraycopy(images, first * features, batch, 0, count * features);
            float[] logits = network.forward(batch, count);
            for (int i = 0; i < count; i++) {
                out[first + i] = SoftmaxCrossEntropy.probabilities(logits, i * classes, classes);
            }
        }
        return out;
    }

    /** The class with the highest probability (the first of equals). */
    public static int predicted(double[] probabilities) {
        int best = 0;
        for (int j = 1; j < probabilities.length; j++) {
            if (probabilities[j] > probabilities[best]) {
                best = j;
            }
        }
        return best;
    }


    /** The dataset whose shape, classes and normalisation the network answers with. */
    public Dataset dataset() {
        return data;
    }

    public Network network() {
        return network;
    }

    @Override
    public void close() {
        compute.close();
    }
}
