package org.activationexplorer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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

    private static Network build(String arch, int channels, int side) {
        return Architectures.build(new Architectures.Spec(arch, List.of(256, 256), channels, side, side, 10,
                ActivationConfig.of("relu"), 2, Init.HE), Compute.serial(new ScalarGemm()), new Random(1));
    }

    /** LeNet-5 on MNIST is the network it always was: the same layers, sizes, parameter names and weights. */
    @Test
    void lenet5OnGreyDigitsIsUnchanged() {
        Network digits = build("lenet5", 1, 28);
        Network before = Architectures.build(new Architectures.Spec("lenet5", List.of(256, 256), 28, 28, 10,
                ActivationConfig.of("relu"), 2, Init.HE), Compute.serial(new ScalarGemm()), new Random(1));

        assertEquals("conv 1→6 5x5 pad 2 → 28x28", digits.layers().get(0).describe());
        assertEquals(61_706, digits.parameterCount(), "LeNet-5 with 10 classes");
        assertEquals(784, digits.inputSize());
        assertEquals(before.describe(), digits.describe());
        for (int i = 0; i < digits.parameters().size(); i++) {
            assertEquals(before.parameters().get(i).name(), digits.parameters().get(i).name());
            assertArrayEquals(before.parameters().get(i).value(), digits.parameters().get(i).value());
        }
    }

    /** On 3×32×32 the first conv takes three channels and no padding; from its 6@28×28 on, every layer is the same. */
    @Test
    void lenet5OnColourTakesThreeChannelsOf32By32() {
        Network colour = build("lenet5", 3, 32), digits = build("lenet5", 1, 28);

        assertEquals(3072, colour.inputSize());
        assertInstanceOf(ToChannelMajor.class, colour.layers().get(0));
        Conv2d c1 = assertInstanceOf(Conv2d.class, colour.layers().get(1));
        assertEquals(6 * 28 * 28, c1.outputSize());
        assertEquals("conv 3→6 5x5 → 28x28", c1.describe(), "no padding");
        assertEquals(6 * 3 * 25 + 6, c1.parameters().stream().mapToLong(p -> p.size()).sum());
        assertEquals(61_706 + 2 * 6 * 25, colour.parameterCount(), "only the first conv's extra input channels add");
        List<Layer> after = colour.layers().subList(2, colour.layers().size());
        List<Layer> digitsAfter = digits.layers().subList(1, digits.layers().size());
        assertEquals(digitsAfter.stream().map(Layer::describe).toList(), after.stream().map(Layer::describe).toList());
    }

    /** The first conv sees each image's red, green and blue planes where they are: checked against a direct sum. */
    @Test
    void theFirstConvReadsEachImagesOwnChannels() {
        Network colour = build("lenet5", 3, 32);
        float[] x = new float[2 * 3072];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(i * 0.37);
        }
        Conv2d c1 = (Conv2d) colour.layers().get(1);
        float[] y = c1.forward(colour.layers().get(0).forward(x, 2), 2);
        float[] w = c1.parameters().get(0).value(), b = c1.parameters().get(1).value();
        for (int[] at : new int[][] {{0, 0, 0, 0}, {1, 5, 27, 3}, {1, 2, 13, 21}, {0, 4, 27, 27}}) {
            int n = at[0], o = at[1], oy = at[2], ox = at[3];
            double sum = b[o];
            for (int c = 0; c < 3; c++) {
                for (int ky = 0; ky < 5; ky++) {
                    for (int kx = 0; kx < 5; kx++) {
                        sum += w[o * 75 + c * 25 + ky * 5 + kx] * x[n * 3072 + c * 1024 + (oy + ky) * 32 + ox + kx];
                    }
                }
            }
            assertEquals(sum, y[(o * 2 + n) * 784 + oy * 28 + ox], 1e-4, java.util.Arrays.toString(at));
        }
    }

    @Test
    void theMlpTakesEveryValueOfAColourImage() {
        Network colour = build("mlp", 3, 32);

        assertEquals(3072, colour.inputSize());
        assertEquals(3072 * 256 + 256, colour.parameters().get(0).size() + colour.parameters().get(1).size());
    }

    @Test
    void toChannelMajorIsUndoneByFlatten() {
        float[] x = new float[3 * 2 * 4];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        float[] channelMajor = new ToChannelMajor(2, 4, 3).forward(x, 3);
        assertArrayEquals(new float[] {0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19}, java.util.Arrays.copyOf(channelMajor, 12),
                "channel 0 of each image first");
        assertArrayEquals(x, new Flatten(2, 4, 3).forward(channelMajor, 3));
        ToChannelMajor layer = new ToChannelMajor(2, 4, 3);
        assertArrayEquals(x, layer.backward(channelMajor, 3, true), "backward moves gradients back");
    }
}
