package org.activationexplorer.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.Splitter;
import org.activationexplorer.activation.special.KernelInlining;
import org.activationexplorer.linalg.Parallel;

/**
 * One activation layer's forward and backward on a (128, 256) batch, as the MLP's hidden layers see it, θ nudged
 * before every step as training does (a main, not a test): families (comma-separated) [threads] [steps per round].
 * Prints the mean µs per call in six rounds, the families' steps interleaved within a round.
 */
public final class LayerTiming {
    public static void main(String[] args) {
        String[] families = (args.length > 0 ? args[0] : "relu,ditac").split(",");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2, steps = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        KernelInlining.keepKernelsApart(); // as a Trainer does
        Shape shape = new Shape(128, 256, 1);
        Random random = new Random(1);
        float[] x = new float[shape.size()], y = new float[x.length], dy = new float[x.length], dx = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (1.5 * random.nextGaussian());
            dy[i] = (float) (1e-3 * random.nextGaussian());
        }
        try (Parallel parallel = new Parallel(threads)) {
            Splitter splitter = new Splitter() {
                @Override
                public void split(Part part) {
                    parallel.run(part::run);
                }

                @Override
                public int parts() {
                    return parallel.threads();
                }
            };
            List<Activation> layers = new ArrayList<>();
            for (String family : families) {
                Activation layer = Activations.create(ActivationConfig.of(family), 256);
                layer.setTraining(true);
                layer.setSplitter(splitter);
                layers.add(layer);
            }
            for (int round = 1; round <= 6; round++) {
                for (int k = 0; k < layers.size(); k++) {
                    Activation layer = layers.get(k);
                    long forward = 0, backward = 0;
                    for (int step = 0; step < steps; step++) {
                        float[] theta = layer.parameters();
                        for (int p = 0; p < theta.length; p++) {
                            theta[p] += 1e-6f; // a new θ: the tabulating families rebuild, as in training
                        }
                        long t0 = System.nanoTime();
                        layer.forward(x, y, shape);
                        long t1 = System.nanoTime();
                        layer.backward(x, y, dy, dx, shape);
                        forward += t1 - t0;
                        backward += System.nanoTime() - t1;
                        Arrays.fill(layer.parameterGradients(), 0);
                    }
                    System.out.printf(Locale.ROOT, "round %d  %-16s forward %7.1f µs  backward %7.1f µs%n", round,
                            families[k], forward / 1e3 / steps, backward / 1e3 / steps);
                }
            }
        }
    }
}
