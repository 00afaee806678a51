package org.activationexplorer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.activationexplorer.linalg.Compute;
import org.activationexplorer.linalg.ScalarGemm;
import org.activationexplorer.optim.Parameter;
import org.junit.jupiter.api.Test;

class NetworkTest {
    private final Random random = new Random(345);

    /** conv → activation (per channel) → avgpool → flatten → dense → activation (per neuron) → dense. */
    private Network smallConvNet(int batch) {
        var gemm = new ScalarGemm();
        Conv2d conv = new Conv2d(1, 6, 6, 2, 3, 1, batch, Compute.serial(gemm), Init.PYTORCH, random);
        AvgPool2d pool = new AvgPool2d(2, 6, 6, 2, batch);
        return new Network(List.of(conv, new ActivationLayer(new ScaledTanh(2), 2, 36, batch, true), pool,
                new Flatten(2, 9, batch), new Dense(18, 5, batch, gemm, Init.PYTORCH, random),
                new ActivationLayer(new ScaledTanh(5), 5, 1, batch, false), new Dense(5, 3, batch, gemm, Init.PYTORCH, random)),
                3, batch);
    }

    @Test
    void everyParameterGradientMatchesCentralDifferenceThroughTheWholeNetwork() {
        int batch = 4;
        Network net = smallConvNet(batch);
        float[] x = GradientCheck.random(batch * 36, random);
        int[] labels = {0, 2, 1, 2};
        for (Parameter p : net.parameters()) {
            Arrays.fill(p.gradient(), 0f);
        }
        net.trainStep(x, labels, batch);
        for (Parameter p : net.parameters()) {
            float[] grad = p.gradient().clone();
            GradientCheck.check(p.name(), p.value(), grad, () -> net.loss(net.forward(x, batch), labels, batch),
                    1e-2, 2e-2, 30, random);
        }
    }

    @Test
    void activationParametersArePartOfTheNetworkParameters() {
        Network net = smallConvNet(2);
        long activationParameters = net.parameters().stream()
                .filter(p -> p.kind() == Parameter.Kind.ACTIVATION).mapToLong(Parameter::size).sum();
        assertEquals(2 + 5, activationParameters);
        assertEquals(2, net.activationLayers().size());
    }

    @Test
    void mismatchedLayerSizesAreRejected() {
        var gemm = new ScalarGemm();
        assertThrows(IllegalArgumentException.class, () -> new Network(List.of(
                new Dense(4, 3, 1, gemm, Init.HE, random), new Dense(5, 2, 1, gemm, Init.HE, random)), 2, 1));
    }

    @Test
    void aBatchLargerThanTheMaximumIsRejected() {
        Network net = smallConvNet(2);
        assertThrows(IllegalArgumentException.class, () -> net.forward(new float[3 * 36], 3));
    }
}
