package org.activationexplorer.train;

import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.nn.ActivationLayer;
import org.activationexplorer.nn.Layer;
import org.activationexplorer.nn.Network;
import org.activationexplorer.optim.Parameter;

/**
 * Measures every activation layer's health around one optimizer step: the slopes f′ of the batch's pre-activations
 * and the gradient of the weights before the step (the optimizer zeroes gradients), the weights' change after it.
 * Slopes are evaluated in double through Activation.derivative on at most PER_UNIT inputs per unit (all of a batch of
 * 128 for a dense layer; 256 of a conv channel's 100,000): 32,768 slopes, a 256-unit layer at batch 128, took
 * 0.4 ms for ReLU, 3 ms for PAU and 13 ms for DiTAC's exact form (measured here), so it is taken on request (the
 * window: once a second, about 1-3 % of training) and at every epoch's last batch, not at every step.
 */
final class HealthMeter {
    static final int PER_UNIT = 256;

    /** What is known before the step: slope statistics, gradient norms, a copy of the weights. */
    static final class Before {
        private final List<double[]> slopes = new ArrayList<>(); // {dead, saturated, meanAbs} per layer
        private final List<Parameter> weights = new ArrayList<>();
        private final List<float[]> copies = new ArrayList<>();
        private final List<Double> gradNorms = new ArrayList<>();
    }

    private HealthMeter() {}

    static Before before(Network network) {
        Before b = new Before();
        List<Layer> layers = network.layers();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof ActivationLayer a) {
                b.slopes.add(slopes(a));
                Parameter w = i > 0 ? weight(layers.get(i - 1)) : null;
                b.weights.add(w);
                b.copies.add(w == null ? null : w.value().clone());
                b.gradNorms.add(w == null ? Double.NaN : norm(w.gradient(), null));
            }
        }
        return b;
    }

    /** The health of every activation layer, from `before` and the weights now (after the step). */
    static List<LayerHealth> after(Before b) {
        List<LayerHealth> list = new ArrayList<>();
        for (int l = 0; l < b.slopes.size(); l++) {
            double[] s = b.slopes.get(l);
            Parameter w = b.weights.get(l);
            double ratio = Double.NaN;
            if (w != null) {
                double change = norm(w.value(), b.copies.get(l)), size = norm(b.copies.get(l), null);
                ratio = size > 0 ? Math.log10(change / size) : Double.NaN;
            }
            list.add(new LayerHealth(s[0], s[1], s[2], b.gradNorms.get(l), ratio));
        }
        return List.copyOf(list);
    }

    /** {dead units' share, saturated inputs' share, mean |f′|} over the layer's last forward inputs. */
    static double[] slopes(ActivationLayer layer) {
        float[] x = layer.lastInput();
        int channels = layer.channels(), perChannel = layer.lastBatch() * (layer.inputSize() / channels);
        if (x == null || perChannel == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        int stride = Math.max(1, perChannel / PER_UNIT), dead = 0;
        long counted = 0, saturated = 0;
        double sum = 0;
        for (int c = 0; c < channels; c++) {
            boolean alive = false;
            for (int k = 0; k < perChannel; k += stride) {
                double slope = Math.abs(layer.activation().derivative(x[index(layer, c, k)], c));
                alive |= slope > 0;
                saturated += slope < LayerHealth.SATURATED ? 1 : 0;
                sum += slope;
                counted++;
            }
            dead += alive ? 0 : 1;
        }
        return new double[] {(double) dead / channels, (double) saturated / counted, sum / counted};
    }

    /** Where the k-th input of channel c lies in the layer's input (see ActivationLayer's shapes). */
    private static int index(ActivationLayer layer, int c, int k) {
        int channels = layer.channels(), spatial = layer.inputSize() / channels;
        if (layer.channelMajor()) { // (channels, batch·spatial)
            return c * (layer.lastBatch() * spatial) + k;
        }
        int sample = k / spatial, position = k % spatial; // (batch, channels, spatial)
        return (sample * channels + c) * spatial + position;
    }

    /** The weight matrix of a dense or conv layer (its WEIGHT parameter), or null. */
    private static Parameter weight(Layer layer) {
        for (Parameter p : layer.parameters()) {
            if (p.kind() == Parameter.Kind.WEIGHT) {
                return p;
            }
        }
        return null;
    }

    /** ‖a − b‖ (b null: ‖a‖). */
    private static double norm(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - (b == null ? 0 : b[i]);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
