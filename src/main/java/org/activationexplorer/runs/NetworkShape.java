package org.activationexplorer.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.data.ImageShape;
import org.activationexplorer.train.RunConfig;

/**
 * The parameters the network of a run's configuration has, computed without building it (a damaged file could
 * declare a network of gigabytes): each weight's name and length in the network's order, and each activation
 * layer's parameter count. The same arithmetic as nn/Architectures; NetworkShapeTest compares the two.
 * <p>
 * Two figures a run file does not record are taken from its weights: the class count (the output bias's length)
 * and, for a file written before input shapes were recorded, the size of the input the first weight sees (grey
 * images of any size were possible). Every other length then follows from the configuration exactly.
 *
 * @param weights     name → length, in the order Network.parameters() lists them
 * @param activations parameter count of each activation layer, in order
 */
record NetworkShape(Map<String, Integer> weights, List<Integer> activations) {
    /** Labels are bytes in MNIST's format: at most 256 classes. */
    static final int MAX_CLASSES = 256;
    private static final int KERNEL = 5 * 5, CONV1 = 6, CONV2 = 16, LENET_INPUT = 32;
    private static final int[] LENET_DENSE = {120, 84};

    /** The shape for `config` (valid: no RunConfig.problems()) on `input` (null: unrecorded), given `saved`. */
    static NetworkShape of(RunConfig config, ImageShape input, Map<String, float[]> saved) {
        Builder b = new Builder(config, saved);
        if (config.arch().equals("mlp")) {
            b.mlp(input);
        } else {
            b.lenet5(input);
        }
        return new NetworkShape(b.weights, b.activations);
    }

    private static final class Builder {
        private final RunConfig config;
        private final Map<String, float[]> saved;
        private final Map<String, Integer> weights = new LinkedHashMap<>();
        private final List<Integer> activations = new ArrayList<>();
        private int layer; // index of the next layer in the network

        Builder(RunConfig config, Map<String, float[]> saved) {
            this.config = config;
            this.saved = saved;
        }

        void mlp(ImageShape input) {
            List<Integer> hidden = config.hidden();
            long in = input != null ? input.features() : inferred("0.weight", hidden.get(0), 1, 28 * 28);
            for (int h : hidden) {
                dense(in, h);
                activation(h);
                in = h;
            }
            output(in);
        }

        /** Architectures.lenet5: [to channel-major], conv, act, pool, conv, act, pool, flatten, 2 × (dense, act). */
        void lenet5(ImageShape input) {
            int channels = input == null ? 1 : input.channels();
            layer += channels > 1 ? 1 : 0;
            weight("weight", (long) CONV1 * channels * KERNEL);
            weight("bias", CONV1);
            layer++;
            activation(CONV1);
            layer++; // pooling
            weight("weight", (long) CONV2 * CONV1 * KERNEL);
            weight("bias", CONV2);
            layer++;
            activation(CONV2);
            layer += 2; // pooling, flatten
            long in = input != null ? flattened(input)
                    : inferred(layer + ".weight", LENET_DENSE[0], CONV2, CONV2 * 5 * 5);
            for (int h : LENET_DENSE) {
                dense(in, h);
                activation(h);
                in = h;
            }
            output(in);
        }

        /** Values out of the second pooling: 16 planes of the image after two 5×5 convolutions and two halvings. */
        private static long flattened(ImageShape input) {
            int padding = input.rows() >= LENET_INPUT && input.cols() >= LENET_INPUT ? 0 : 2;
            long rows = pooledTwice(input.rows() + 2 * padding), cols = pooledTwice(input.cols() + 2 * padding);
            if (rows < 1 || cols < 1) {
                throw RunFileProblem.damaged("its input images of " + input + " are too small for LeNet-5");
            }
            return CONV2 * rows * cols;
        }

        /** A side after conv 5×5, pool 2, conv 5×5, pool 2 (each pooling drops a partial edge). */
        private static long pooledTwice(int side) {
            return ((side - 4) / 2 - 4) / 2;
        }

        /** The output layer: classes from the saved bias (10 when it has none, which the checks then report). */
        private void output(long in) {
            float[] bias = saved.get(layer + ".bias");
            int classes = bias != null && bias.length >= 1 && bias.length <= MAX_CLASSES ? bias.length : 10;
            dense(in, classes);
        }

        private void dense(long in, int out) {
            weight("weight", in * out);
            weight("bias", out);
            layer++;
        }

        /** The activation layer's parameters as its family creates them for `channels` channels. */
        private void activation(int channels) {
            int i = activations.size();
            int count;
            try {
                count = Activations.create(config.activation(i), channels).parameters().length;
            } catch (IllegalArgumentException e) { // settings RunConfig.problems() let pass but the family refuses
                throw new RunFileProblem("its configuration is invalid: activation layer " + (i + 1) + "'s family "
                        + RunFileProblem.quoted(config.activation(i).family()) + " cannot be built with its settings");
            }
            if (count > 0) {
                String name = Activations.family(config.activation(i).family()).name();
                weight(name, count);
                if (saved.containsKey(layer + "." + name + ".state")) { // SLAF's statistics; older files lack them
                    weight(name + ".state", Activations.create(config.activation(i), channels).state().length);
                }
            }
            activations.add(count);
            layer++;
        }

        /** One more weight; past the saved ones, the shape stops growing (a config of a million layers). */
        private void weight(String name, long length) {
            weights.put(layer + "." + name, (int) Math.min(length, Integer.MAX_VALUE));
            if (weights.size() > saved.size()) {
                throw new RunFileProblem("it has " + saved.size() + " weights where the network of its "
                        + "configuration has more");
            }
        }

        /**
         * An input size not recorded: the saved weight's length over `out`, if a whole multiple of `unit`, else
         * `fallback` (the checks then report the weight's length against it).
         */
        private long inferred(String name, long out, int unit, long fallback) {
            float[] w = saved.get(name);
            if (w == null || w.length == 0 || w.length % out != 0 || (w.length / out) % unit != 0) {
                return fallback;
            }
            return w.length / out;
        }
    }
}
