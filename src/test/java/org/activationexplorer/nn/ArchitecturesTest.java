package org.activationexplorer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.linalg.Compute;
import org.activationexplorer.linalg.ScalarGemm;
import org.junit.jupiter.api.Test;

class ArchitecturesTest {
    @Test
    void activationLayersAreNamedByKindAndPositionWithinTheKind() {
        assertEquals(List.of("dense 1", "dense 2"), Architectures.activationLayers("mlp", List.of(256, 256)));
        assertEquals(List.of("dense 1", "dense 2", "dense 3"), Architectures.activationLayers("mlp", List.of(64, 32, 16)));
        assertEquals(List.of("conv 1", "conv 2", "dense 1", "dense 2"), Architectures.activationLayers("lenet5", List.of()));
        assertThrows(IllegalArgumentException.class, () -> Architectures.activationLayers("resnet", List.of()));
        assertEquals("MLP 256-128", Architectures.label("mlp", List.of(256, 128)));
        assertEquals("LeNet-5", Architectures.label("lenet5", List.of(256, 256)));
    }

    /** The names follow what build() makes: one per activation layer, "conv" exactly for the channel-major ones. */
    @Test
    void theNamesMatchTheActivationLayersOfTheBuiltNetworks() {
        for (var spec : List.of(new Architectures.Spec("mlp", List.of(8, 6, 4), 28, 28, 10, ActivationConfig.of("relu"), 2, Init.HE),
                new Architectures.Spec("lenet5", List.of(256), 28, 28, 10, ActivationConfig.of("relu"), 2, Init.HE))) {
            Network net = Architectures.build(spec, Compute.serial(new ScalarGemm()), new Random(1));
            List<String> names = Architectures.activationLayers(spec.arch(), spec.hidden());
            assertEquals(net.activationLayers().size(), names.size(), spec.arch());
            for (int i = 0; i < names.size(); i++) {
                assertEquals(net.activationLayers().get(i).channelMajor(), names.get(i).startsWith("conv "), names.get(i));
            }
        }
    }
}
