package org.activationexplorer.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.linalg.Gemm;
import org.activationexplorer.linalg.Compute;

/** The network shapes the app offers: mlp (hidden sizes configurable) and lenet5. */
public final class Architectures {
    public static final List<String> NAMES = List.of("mlp", "lenet5");
    /** The input side LeNet-5 was designed for. */
    static final int LENET_INPUT = 32;

    private Architectures() {}

    /**
     * Everything needed to build a network; random is consumed in layer order, so a seed fixes all weights. Inputs
     * are images of channels × rows × cols, each image its channels one after the other (one grey channel for MNIST;
     * red, green, blue for CIFAR-10). layerActivations: empty for `activation` in every activation layer, else one
     * family per activation layer.
     */
    public record Spec(String arch, List<Integer> hidden, int channels, int rows, int cols, int classes,
                       ActivationConfig activation, int maxBatch, Init init, List<ActivationConfig> layerActivations) {
        public Spec {
            hidden = List.copyOf(hidden);
            layerActivations = List.copyOf(layerActivations);
            if (channels < 1) {
                throw new IllegalArgumentException("input channels must be positive, got " + channels);
            }
        }

        /** One family for every activation layer. */
        public Spec(String arch, List<Integer> hidden, int channels, int rows, int cols, int classes,
                    ActivationConfig activation, int maxBatch, Init init) {
            this(arch, hidden, channels, rows, cols, classes, activation, maxBatch, init, List.of());
        }

        /** Grey images (one channel), one family for every activation layer, as every network was before. */
        public Spec(String arch, List<Integer> hidden, int rows, int cols, int classes, ActivationConfig activation,
                    int maxBatch, Init init) {
            this(arch, hidden, 1, rows, cols, classes, activation, maxBatch, init);
        }

        /** The family of activation layer i (from 0). */
        ActivationConfig activation(int i) {
            if (layerActivations.isEmpty()) {
                return activation;
            }
            if (i >= layerActivations.size()) {
                throw new IllegalArgumentException(layerActivations.size() + " activation families for a network with "
                        + "more activation layers: " + activationLayers(arch, hidden));
            }
            return layerActivations.get(i);
        }
    }

    public static Network build(Spec spec, Compute compute, Random random) {
        return switch (spec.arch()) {
            case "mlp" -> mlp(spec, compute, random);
            case "lenet5" -> lenet5(spec, compute, random);
            default -> throw new IllegalArgumentException("unknown architecture '" + spec.arch() + "'; valid: " + NAMES);
        };
    }

    /**
     * The activation layers of a network in order, each named by its kind and its position among the layers of
     * that kind: "dense 1", "dense 2" for an MLP (one per hidden size), "conv 1", "conv 2", "dense 1", "dense 2"
     * for LeNet-5. Runs of different networks are compared layer by layer under these names (a conv layer's
     * activation is not a dense layer's); ArchitecturesTest checks them against the layers build() makes.
     */
    public static List<String> activationLayers(String arch, List<Integer> hidden) {
        List<String> names = new ArrayList<>();
        switch (arch) {
            case "mlp" -> {
                for (int i = 1; i <= hidden.size(); i++) {
                    names.add("dense " + i);
                }
            }
            case "lenet5" -> names.addAll(List.of("conv 1", "conv 2", "dense 1", "dense 2"));
            default -> throw new IllegalArgumentException("unknown architecture '" + arch + "'; valid: " + NAMES);
        }
        return names;
    }

    /** The network in a few words, for legends and notes: "MLP 256-256", "LeNet-5". */
    public static String label(String arch, List<Integer> hidden) {
        return switch (arch) {
            case "mlp" -> "MLP " + String.join("-", hidden.stream().map(String::valueOf).toList());
            case "lenet5" -> "LeNet-5";
            default -> arch;
        };
    }

    /** channels × rows × cols inputs → hidden[0] → act → … → hidden[n−1] → act → classes. */
    static Network mlp(Spec s, Compute compute, Random random) {
        Gemm gemm = compute.gemm();
        List<Layer> layers = new ArrayList<>();
        int in = Math.multiplyExact(s.channels(), s.rows() * s.cols());
        int k = 0; // activation layers so far
        for (int h : s.hidden()) {
            if (h <= 0) {
                throw new IllegalArgumentException("hidden sizes must be positive, got " + h);
            }
            layers.add(new Dense(in, h, s.maxBatch(), gemm, s.init(), random));
            layers.add(new ActivationLayer(Activations.create(s.activation(k++), h), h, 1, s.maxBatch(), false)
                    .withParallel(compute.parallel()));
            in = h;
        }
        layers.add(new Dense(in, s.classes(), s.maxBatch(), gemm, s.init(), random));
        return new Network(layers, s.classes(), s.maxBatch());
    }

    /**
     * LeCun et al. 1998 with average pooling, as torch_ref.py: conv 6@5x5 (pad 2 on images smaller than 32×32), act,
     * avgpool 2, conv 16@5x5, act, avgpool 2, fc 120, act, fc 84, act, fc classes. Up to Flatten, arrays are
     * channel-major. The first conv takes every input channel (3 for colour).
     */
    static Network lenet5(Spec s, Compute compute, Random random) {
        Gemm gemm = compute.gemm();
        int b = s.maxBatch();
        List<Layer> layers = new ArrayList<>();
        // LeNet-5 was drawn for 32×32 inputs (the paper pads MNIST's 28×28 to them): padding 2 makes a 28×28 image
        // that size, while a 32×32 one (CIFAR-10) needs none; both give 6@28×28, so every later layer is the same
        int padding = s.rows() >= LENET_INPUT && s.cols() >= LENET_INPUT ? 0 : 2;
        if (s.channels() > 1) { // images come (batch, channels, pixels); Conv2d takes (channels, batch, pixels)
            layers.add(new ToChannelMajor(s.channels(), s.rows() * s.cols(), b));
        }
        Conv2d c1 = new Conv2d(s.channels(), s.rows(), s.cols(), 6, 5, padding, b, compute, s.init(), random);
        layers.add(c1);
        layers.add(new ActivationLayer(Activations.create(s.activation(0), 6), 6, c1.outHeight() * c1.outWidth(), b, true)
                .withParallel(compute.parallel()));
        AvgPool2d p1 = new AvgPool2d(6, c1.outHeight(), c1.outWidth(), 2, b);
        layers.add(p1);
        Conv2d c2 = new Conv2d(6, p1.outHeight(), p1.outWidth(), 16, 5, 0, b, compute, s.init(), random);
        layers.add(c2);
        layers.add(new ActivationLayer(Activations.create(s.activation(1), 16), 16, c2.outHeight() * c2.outWidth(), b, true)
                .withParallel(compute.parallel()));
        AvgPool2d p2 = new AvgPool2d(16, c2.outHeight(), c2.outWidth(), 2, b);
        layers.add(p2);
        layers.add(new Flatten(16, p2.outHeight() * p2.outWidth(), b));
        int in = p2.outputSize();
        for (int h : new int[] {120, 84}) {
            layers.add(new Dense(in, h, b, gemm, s.init(), random));
            layers.add(new ActivationLayer(Activations.create(s.activation(h == 120 ? 2 : 3), h), h, 1, b, false)
                    .withParallel(compute.parallel()));
            in = h;
        }
        layers.add(new Dense(in, s.classes(), b, gemm, s.init(), random));
        return new Network(layers, s.classes(), b);
    }
}
