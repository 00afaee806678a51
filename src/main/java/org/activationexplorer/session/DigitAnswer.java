package org.activationexplorer.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.activationexplorer.nn.ActivationLayer;
import org.activationexplorer.nn.Network;
import org.activationexplorer.nn.SoftmaxCrossEntropy;
import org.activationexplorer.runs.RunNetwork;

/**
 * A drawn digit as the network saw it: the 28×28 image (MNIST's form), the class probabilities, and each activation
 * layer's inputs for this one image (where the digit falls on each learned curve).
 *
 * @param step the training step of the network that answered (-1: a saved run's final network)
 */
public record DigitAnswer(byte[] image, double[] probabilities, List<float[]> layerInputs, long step) {

    public DigitAnswer {
        layerInputs = List.copyOf(layerInputs);
    }

    /** Runs one normalised image through the network in inference mode and keeps every activation layer's inputs. */
    public static DigitAnswer of(Network network, float[] normalised, byte[] image, int classes, long step) {
        network.setTraining(false);
        try {
            double[] p = SoftmaxCrossEntropy.probabilities(network.forward(normalised, 1), 0, classes);
            List<float[]> inputs = new ArrayList<>();
            for (ActivationLayer layer : network.activationLayers()) {
                inputs.add(Arrays.copyOf(layer.lastInput(), layer.inputSize())); // batch 1: the first inputSize values
            }
            return new DigitAnswer(image.clone(), p, inputs, step);
        } finally {
            network.setTraining(true);
        }
    }

    /** The most probable class. */
    public int predicted() {
        return RunNetwork.predicted(probabilities);
    }
}
