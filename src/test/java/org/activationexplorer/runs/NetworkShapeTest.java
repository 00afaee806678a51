package org.activationexplorer.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.data.ImageShape;
import org.activationexplorer.linalg.Compute;
import org.activationexplorer.linalg.Gemms;
import org.activationexplorer.nn.ActivationLayer;
import org.activationexplorer.nn.Architectures;
import org.activationexplorer.nn.Init;
import org.activationexplorer.nn.Network;
import org.activationexplorer.optim.Parameter;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;

/** NetworkShape's arithmetic against the networks nn/Architectures builds. */
class NetworkShapeTest {

    private static RunConfig config(String arch, List<Integer> hidden, ActivationConfig a) {
        return new RunConfig(arch, hidden, a, "adam", 1e-3, 1e-3, 0.9, 0, 16, 1, 1, 0, Init.HE, "java", 1);
    }

    /** The built network's parameters, name → values, and its activation layers' parameter counts. */
    private static Network build(RunConfig c, ImageShape input, int classes) {
        try (Compute compute = Compute.serial(Gemms.singleThreaded("java"))) {
            return Architectures.build(new Architectures.Spec(c.arch(), c.hidden(), input.channels(), input.rows(),
                    input.cols(), classes, c.activation(), 1, c.init(), c.layerActivations()), compute, new Random(1));
        }
    }

    private static Map<String, float[]> weights(Network n) {
        Map<String, float[]> w = new LinkedHashMap<>();
        for (Parameter p : n.parameters()) {
            w.put(p.name(), p.value());
        }
        return w;
    }

    private static void assertSameShape(RunConfig c, ImageShape input, int classes, ImageShape recorded) {
        Network network = build(c, input, classes);
        Map<String, Integer> built = new LinkedHashMap<>();
        network.parameters().forEach(p -> built.put(p.name(), p.size()));
        List<Integer> counts = network.activationLayers().stream()
                .map(ActivationLayer::activation).map(a -> a.parameters().length).toList();

        NetworkShape shape = NetworkShape.of(c, recorded, weights(network));

        assertEquals(List.copyOf(built.entrySet()), List.copyOf(shape.weights().entrySet()), c + " on " + input);
        assertEquals(counts, shape.activations());
    }

    @Test
    void everyTrainableFamilyPerLayerAndPerChannelOnAnMlpHasTheBuiltNetworksWeights() {
        for (Family f : Activations.all()) {
            for (Sharing sharing : Sharing.values()) {
                RunConfig c = config("mlp", List.of(5, 3), new ActivationConfig(f.name(), Map.of(), null, sharing));
                assertSameShape(c, ImageShape.DIGITS, 10, ImageShape.DIGITS);
            }
        }
    }

    @Test
    void leNetOnGreyAndColourImagesWithAFamilyPerLayerHasTheBuiltNetworksWeights() {
        ActivationConfig pau = new ActivationConfig("pau", Map.of(), null, Sharing.CHANNEL);
        RunConfig one = config("lenet5", List.of(8), pau);
        RunConfig perLayer = one.withLayerActivations(List.of(pau, ActivationConfig.of("relu"),
                ActivationConfig.of("slaf"), new ActivationConfig("prelu", Map.of(), null, Sharing.CHANNEL)));
        for (RunConfig c : List.of(one, perLayer)) {
            assertSameShape(c, ImageShape.DIGITS, 10, ImageShape.DIGITS);
            assertSameShape(c, ImageShape.CIFAR10, 10, ImageShape.CIFAR10);
            assertSameShape(c, new ImageShape(1, 20, 17), 7, new ImageShape(1, 20, 17));
            assertSameShape(c, new ImageShape(2, 40, 33), 3, new ImageShape(2, 40, 33));
        }
    }

    @Test
    void aFileWithoutAnInputShapeTakesTheInputSizeAndTheClassesFromItsWeights() {
        RunConfig mlp = config("mlp", List.of(6), ActivationConfig.of("pau"));
        assertSameShape(mlp, new ImageShape(1, 9, 7), 4, null);
        RunConfig lenet = config("lenet5", List.of(6), ActivationConfig.of("relu"));
        assertSameShape(lenet, ImageShape.DIGITS, 10, null);
        assertSameShape(lenet, new ImageShape(1, 36, 36), 12, null);
    }

    @Test
    void imagesTooSmallForLeNetAreAProblem() {
        RunConfig lenet = config("lenet5", List.of(6), ActivationConfig.of("relu"));
        assertThrows(RunFileProblem.class, () -> NetworkShape.of(lenet, new ImageShape(1, 8, 28), Map.of()));
    }

    @Test
    void aConfigurationOfMoreWeightsThanTheFileHoldsStopsAtTheFilesCount() {
        RunConfig deep = config("mlp", java.util.Collections.nCopies(100_000, 1), ActivationConfig.of("relu"));
        assertThrows(RunFileProblem.class, () -> NetworkShape.of(deep, ImageShape.DIGITS,
                Map.of("0.weight", new float[784], "0.bias", new float[1])));
    }
}
