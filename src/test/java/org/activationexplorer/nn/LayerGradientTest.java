package org.activationexplorer.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Random;
import org.activationexplorer.linalg.Compute;
import org.activationexplorer.linalg.Gemm;
import org.activationexplorer.linalg.ScalarGemm;
import org.activationexplorer.optim.Parameter;
import org.junit.jupiter.api.Test;

/** Every layer's input and parameter gradients against central differences of L = Σ r·layer(x). */
class LayerGradientTest {
    private static final int BATCH = 3;
    private final Random random = new Random(345);
    private final Gemm gemm = new ScalarGemm();

    private void checkLayer(Layer layer, int batch) {
        float[] x = GradientCheck.random(batch * layer.inputSize(), random);
        float[] r = GradientCheck.random(batch * layer.outputSize(), random);
        int outputs = batch * layer.outputSize();
        layer.forward(x, batch);
        for (Parameter p : layer.parameters()) {
            Arrays.fill(p.gradient(), 0f);
        }
        float[] dx = layer.backward(r, batch, true).clone();
        GradientCheck.check(layer.describe() + " dx", x, dx, () -> GradientCheck.dot(r, layer.forward(x, batch), outputs),
                1e-2, 2e-3, 60, random);
        for (Parameter p : layer.parameters()) {
            float[] grad = p.gradient().clone();
            GradientCheck.check(layer.describe() + " d" + p.name(), p.value(), grad,
                    () -> GradientCheck.dot(r, layer.forward(x, batch), outputs), 1e-2, 2e-3, 60, random);
        }
    }

    @Test
    void denseGradientsMatchCentralDifferences() {
        checkLayer(new Dense(7, 5, BATCH, gemm, Init.PYTORCH, random), BATCH);
    }

    @Test
    void denseHandlesABatchSmallerThanItsMaximum() {
        checkLayer(new Dense(6, 4, 8, gemm, Init.HE, random), 2);
    }

    @Test
    void conv2dWithPaddingGradientsMatchCentralDifferences() {
        checkLayer(new Conv2d(2, 6, 5, 3, 3, 1, BATCH, Compute.serial(gemm), Init.PYTORCH, random), BATCH);
    }

    @Test
    void conv2dWithoutPaddingGradientsMatchCentralDifferences() {
        checkLayer(new Conv2d(3, 7, 7, 4, 5, 0, BATCH, Compute.serial(gemm), Init.PYTORCH, random), BATCH);
    }

    @Test
    void conv2dInChunksOnTwoThreadsGivesTheSameGradientsAsOneThread() {
        // K·P = 100·784 floats per sample: one sample per chunk, so 3 samples make 3 chunks over 2 parts
        try (Compute two = Compute.create("java", 2, true)) {
            Conv2d serial = new Conv2d(4, 28, 28, 3, 5, 2, 3, Compute.serial(gemm), Init.PYTORCH, new Random(7));
            Conv2d parallel = new Conv2d(4, 28, 28, 3, 5, 2, 3, two, Init.PYTORCH, new Random(7));
            float[] x = GradientCheck.random(3 * 4 * 784, random), dy = GradientCheck.random(3 * 3 * 784, random);
            assertArrayEquals(serial.forward(x, 3), parallel.forward(x, 3), 1e-5f);
            assertArrayEquals(serial.backward(dy, 3, true), parallel.backward(dy, 3, true), 1e-4f);
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(serial.parameters().get(i).gradient(), parallel.parameters().get(i).gradient(), 1e-3f);
            }
        }
        checkLayer(new Conv2d(4, 28, 28, 2, 5, 2, 3, Compute.create("java", 2, true), Init.PYTORCH, random), 3);
    }

    @Test
    void avgPoolGradientsMatchCentralDifferences() {
        checkLayer(new AvgPool2d(2, 6, 5, 2, BATCH), BATCH);
    }

    @Test
    void maxPoolGradientsMatchCentralDifferences() {
        checkLayer(new MaxPool2d(2, 6, 6, 2, BATCH), BATCH);
    }

    @Test
    void flattenPassesGradientsThrough() {
        checkLayer(new Flatten(3, 4, BATCH), BATCH);
    }

    @Test
    void flattenMovesChannelMajorToBatchMajor() {
        Flatten flatten = new Flatten(2, 3, 2);
        float[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}; // (c, n, q)
        assertArrayEquals(new float[] {0, 1, 2, 6, 7, 8, 3, 4, 5, 9, 10, 11}, flatten.forward(x, 2));
    }

    @Test
    void firstLayerSkipsItsInputGradient() {
        Dense dense = new Dense(4, 3, 2, gemm, Init.HE, random);
        dense.forward(new float[8], 2);
        assertNull(dense.backward(new float[6], 2, false));
    }

    @Test
    void conv2dForwardMatchesDirectConvolutionInChannelMajorLayout() {
        int inC = 2, h = 6, w = 5, outC = 3, k = 3, pad = 1, batch = 2;
        Conv2d conv = new Conv2d(inC, h, w, outC, k, pad, batch, Compute.serial(gemm), Init.PYTORCH, random);
        float[] x = GradientCheck.random(batch * inC * h * w, random);
        float[] y = conv.forward(x, batch).clone();
        float[] weight = conv.parameters().get(0).value(), bias = conv.parameters().get(1).value();
        float[] expected = new float[y.length];
        for (int n = 0; n < batch; n++) {
            for (int o = 0; o < outC; o++) {
                for (int oy = 0; oy < h; oy++) {
                    for (int ox = 0; ox < w; ox++) {
                        double sum = bias[o];
                        for (int c = 0; c < inC; c++) {
                            for (int ky = 0; ky < k; ky++) {
                                for (int kx = 0; kx < k; kx++) {
                                    int iy = oy + ky - pad, ix = ox + kx - pad;
                                    if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                                        sum += weight[((o * inC + c) * k + ky) * k + kx] * x[((c * batch + n) * h + iy) * w + ix];
                                    }
                                }
                            }
                        }
                        expected[((o * batch + n) * h + oy) * w + ox] = (float) sum;
                    }
                }
            }
        }
        assertArrayEquals(expected, y, 1e-5f);
    }
}
