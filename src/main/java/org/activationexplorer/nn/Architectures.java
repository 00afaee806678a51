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

    private Architectures() {}

    /** Everything needed to build a network; random is consumed in layer order, so a seed fixes all weights. */
    public record Spec(String arch, List<Integer> hidden, int rows, int cols, int classes, ActivationConfig activation,
                       int maxBatch, Init init) {
        public Spec {
            hidden = List.copyOf(hidden);
        }
    }

    public static Network build(Spec spec, Compute compute, Random random) {
        return switch (spec.arch()) {
            case "mlp" -> mlp(spec, compute, random);
            case "lenet5" -> lenet5(spec, compute, random);
            default -> throw new IllegalArgumentException("unknown architecture '" + spec.arch() + "'; valid: " + NAMES);
        };
    }

    /** inputs → hidden[0] → act → … → hidden[n−1] → act → classes. */
    static Network mlp(Spec s, Compute compute, Random random) {
        Gemm gemm = compute.gemm();
        List<Layer> layers = new ArrayList<>();
        int in = s.rows() * s.cols();
        for (int h : s.hidden()) {
            if (h <= 0) {
                throw new IllegalArgumentException("hidden sizes must be positive, got " + h);
            }
            layers.add(new Dense(in, h, s.maxBatch(), gemm, s.init(), random));
            layers.add(new ActivationLayer(Activations.create(s.activation(), h), h, 1, s.maxBatch(), false)
                    .withParallel(compute.parallel()));
            in = h;
        }
        layers.add(new Dense(in, s.classes(), s.maxBatch(), gemm, s.init(), random));
        return new Network(layers, s.classes(), s.maxBatch());
    }

    /**
     * LeCun et al. 1998 with average pooling, as torch_ref.py: conv 6@5x5 pad 2, act, avgpool 2, conv 16@5x5,
     * act, avgpool 2, fc 120, act, fc 84, act, fc classes. Up to Flatten, arrays are channel-major.
     */
    static Network lenet5(Spec s, Compute compute, Random random) {
        Gemm gemm = compute.gemm();
        int b = s.maxBatch();
        List<Layer> layers = new ArrayList<>();
        Conv2d c1 = new Conv2d(1, s.rows(), s.cols(), 6, 5, 2, b, compute, s.init(), random);
        layers.add(c1);
        layers.add(new ActivationLayer(Activations.create(s.activation(), 6), 6, c1.outHeight() * c1.outWidth(), b, true)
                .withParallel(compute.parallel()));
        AvgPool2d p1 = new AvgPool2d(6, c1.outHeight(), c1.outWidth(), 2, b);
        layers.add(p1);
        Conv2d c2 = new Conv2d(6, p1.outHeight(), p1.outWidth(), 16, 5, 0, b, compute, s.init(), random);
        layers.add(c2);
        layers.add(new ActivationLayer(Activations.create(s.activation(), 16), 16, c2.outHeight() * c2.outWidth(), b, true)
                .withParallel(compute.parallel()));
        AvgPool2d p2 = new AvgPool2d(16, c2.outHeight(), c2.outWidth(), 2, b);
        layers.add(p2);
        layers.add(new Flatten(16, p2.outHeight() * p2.outWidth(), b));
        int in = p2.outputSize();
        for (int h : new int[] {120, 84}) {
            layers.add(new Dense(in, h, b, gemm, s.init(), random));
            layers.add(new ActivationLayer(Activations.create(s.activation(), h), h, 1, b, false)
                    .withParallel(compute.parallel()));
            in = h;
        }
        layers.add(new Dense(in, s.classes(), b, gemm, s.init(), random));
        return new Network(layers, s.classes(), b);
    }
}
