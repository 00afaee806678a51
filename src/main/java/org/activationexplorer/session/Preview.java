package org.activationexplorer.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.linalg.Compute;
import org.activationexplorer.nn.ActivationLayer;
import org.activationexplorer.nn.Architectures;
import org.activationexplorer.nn.Network;
import org.activationexplorer.train.RunConfig;

/**
 * What a configuration's activation layers look like before any training: the network is built (weights and all,
 * so per-layer shapes and initial parameters are exactly those Start will use) and every activation layer sampled
 * on [−3, 3], with no inputs yet. A few milliseconds (DiTAC's table the most); call it off the FX thread.
 */
public final class Preview {
    private Preview() {}

    /** The layers of `config` at initialisation, for images of rows × cols and `classes` classes. */
    public static List<LayerSnapshot> layers(RunConfig config, int rows, int cols, int classes) {
        RunConfig c = config.validated();
        Compute compute = Compute.create("java", 1, !c.arch().equals("mlp"));
        try {
            // one input channel: the activation layers' shapes do not depend on the input's channels
            Network network = Architectures.build(new Architectures.Spec(c.arch(), c.hidden(), 1, rows, cols,
                    classes, c.activation(), 1, c.init(), c.layerActivations()), compute, new Random(c.seed()));
            List<LayerSnapshot> layers = new ArrayList<>();
            List<ActivationLayer> list = network.activationLayers();
            for (int i = 0; i < list.size(); i++) {
                ActivationLayer layer = list.get(i);
                Activation initial = Activations.create(c.activation(i), layer.channels());
                System.arraycopy(layer.activation().parameters(), 0, initial.parameters(), 0,
                        initial.parameters().length);
                layers.add(new LayerProbe(i, layer, initial, c.activation(i).sharing() == Sharing.CHANNEL).snapshot());
            }
            return layers;
        } finally {
            compute.close();
        }
    }
}
