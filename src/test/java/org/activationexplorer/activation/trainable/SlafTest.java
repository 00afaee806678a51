package org.activationexplorer.activation.trainable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.Sharing;
import org.junit.jupiter.api.Test;

/**
 * The contract runs in inference mode, where SLAF is an elementwise polynomial of the input with fixed
 * (running) statistics; training mode couples the elements of a batch through the statistics and is checked
 * separately by central differences of the whole batch's output.
 */
class SlafTest extends ActivationContract {
    @Override
    protected int channels() {
        return 3;
    }

    @Override
    protected double inputRange() {
        return 2;
    }

    /** Per-channel sets, running statistics moved off (0, 1) by a few training batches, then inference mode. */
    @Override
    protected Activation create(Random random) {
        Slaf f = new Slaf(3, random.nextInt(1000), Sharing.CHANNEL, channels());
        Shape shape = new Shape(16, channels(), 2);
        float[] x = randomArray(shape.size(), 2), y = new float[x.length];
        for (int i = 0; i < 50; i++) {
            f.forward(x, y, shape);
        }
        f.setTraining(false);
        return f;
    }

    /** k = 1 with K = 0, att = 0 and running statistics (0, 1): σ(0)·x/√(1 + ε) + 0.1. */
    @Override
    protected Activation createForReference() {
        Slaf f = new Slaf(1, 1, Sharing.LAYER, 1);
        f.parameters()[0] = 0; // att
        f.parameters()[1] = 0; // K
        f.setTraining(false);
        return f;
    }

    @Override
    protected double[][] referenceValues() {
        double scale = 0.5 / Math.sqrt(1 + 1e-5), bias = 0.1f;
        return new double[][] {{-2, -2 * scale + bias}, {0, bias}, {3, 3 * scale + bias}};
    }

    @Test
    void trainingModeGradientsMatchCentralDifferencesThroughTheBatchStatistics() {
        Random random = new Random(11);
        Slaf f = new Slaf(3, 5, Sharing.CHANNEL, 2);
        Shape shape = new Shape(6, 2, 3);
        float[] x = randomArray(shape.size(), 1.5), r = randomArray(shape.size(), 1);
        float[] y = new float[x.length], dx = new float[x.length];
        Arrays.fill(f.parameterGradients(), 0f);
        f.forward(x, y, shape);
        f.backward(x, y, r, dx, shape);
        float[] dTheta = f.parameterGradients().clone();
        for (int i = 0; i < x.length; i++) {
            float saved = x[i];
            x[i] = saved + 1e-2f;
            double plus = weighted(f, x, r, shape);
            x[i] = saved - 1e-2f;
            double minus = weighted(f, x, r, shape);
            x[i] = saved;
            double numeric = (plus - minus) / 2e-2;
            assertEquals(numeric, dx[i], 2e-2 * Math.max(1, Math.abs(numeric)), "dx[" + i + "]");
        }
        float[] theta = f.parameters();
        for (int p = 0; p < theta.length; p++) {
            float saved = theta[p];
            theta[p] = saved + 1e-2f;
            double plus = weighted(f, x, r, shape);
            theta[p] = saved - 1e-2f;
            double minus = weighted(f, x, r, shape);
            theta[p] = saved;
            double numeric = (plus - minus) / 2e-2;
            assertEquals(numeric, dTheta[p], 2e-2 * Math.max(1, Math.abs(numeric)), "dθ[" + p + "]");
        }
    }

    @Test
    void afterAFewBatchesInferenceNormalisesWithTheMomentsTrainingSaw() {
        // The running averages once started at (0, 1) undivided: after 3 batches they held 97 % of that start
        for (Shape shape : new Shape[] {new Shape(16, 3, 1), new Shape(4, 3, 10)}) { // dense and channel-major
            Slaf f = new Slaf(4, 3, Sharing.CHANNEL, 3);
            float[] x = randomArray(shape.size(), 1.5), trained = new float[x.length], inferred = new float[x.length];
            for (int step = 0; step < 3; step++) {
                f.forward(x, trained, shape);
            }
            f.setTraining(false);
            f.forward(x, inferred, shape);
            org.junit.jupiter.api.Assertions.assertArrayEquals(trained, inferred, 1e-4f, shape.toString());
        }
    }

    @Test
    void runningStatisticsAreTheBatchesMomentsWeightedByTheDecayPerBatch() {
        Slaf f = new Slaf(1, 1, Sharing.LAYER, 1); // f = σ(0)·(x − μ)/√(σ² + ε) + 0.1 with att = K = 0
        f.parameters()[0] = 0;
        f.parameters()[1] = 0;
        Shape shape = new Shape(4, 1, 1);
        float[] y = new float[4];
        f.forward(new float[] {1, 2, 3, 4}, y, shape);  // mean 2.5, variance 1.25
        f.forward(new float[] {0, 0, 6, 6}, y, shape);  // mean 3, variance 9
        f.setTraining(false);
        double mean = (0.99 * 2.5 + 3) / 1.99, variance = (0.99 * 1.25 + 9) / 1.99;
        double slope = 0.5 / Math.sqrt(variance + 1e-5);
        assertEquals(0.1f, f.value(mean, 0), 1e-12);
        assertEquals(slope, f.derivative(7, 0), 1e-12);
    }

    @Test
    void aNewSlafGivenTheSavedStateAndParametersInfersAsTheTrainedOne() {
        Shape shape = new Shape(8, 3, 2);
        Slaf trained = new Slaf(4, 5, Sharing.CHANNEL, 3), restored = new Slaf(4, 6, Sharing.CHANNEL, 3);
        float[] x = randomArray(shape.size(), 1.5), y = new float[x.length], again = new float[x.length];
        for (int step = 0; step < 7; step++) {
            trained.forward(x, y, shape);
        }
        trained.setTraining(false);
        trained.forward(x, y, shape);
        System.arraycopy(trained.parameters(), 0, restored.parameters(), 0, trained.parameters().length);
        restored.restoreState(trained.state());
        restored.setTraining(false);
        restored.forward(x, again, shape);
        org.junit.jupiter.api.Assertions.assertArrayEquals(y, again, 1e-5f);
        assertEquals(trained.value(0.7, 2), restored.value(0.7, 2), 1e-6);
        assertEquals(2 * 4 * 3, trained.state().length, "a mean and a variance per (power, channel)");
    }

    @Test
    void aBatchWithANonFiniteMomentLeavesTheRunningStatisticsAlone() {
        Slaf f = new Slaf(2, 1, Sharing.LAYER, 2);
        Shape shape = new Shape(3, 2, 1);
        float[] y = new float[6];
        f.forward(new float[] {1, -1, 2, 0, 3, 1}, y, shape);
        f.setTraining(false);
        double before = f.value(0.5, 0) + f.value(0.5, 1);
        f.setTraining(true);
        f.forward(new float[] {1, -1, Float.NaN, 0, 3, 1}, y, shape); // channel 0 diverged
        f.setTraining(false);
        assertEquals(before, f.value(0.5, 0) + f.value(0.5, 1), 0);
    }

    @Test
    void theDenseLayoutGivesWhatTheChannelMajorLayoutGives() {
        // (batch, channels, 1) takes the dense loops; the same numbers as (1, channels, batch) take the general ones
        for (int channels : new int[] {5, 37}) { // 37: whole vectors of lanes and a scalar tail
            denseMatchesChannelMajor(7, channels);
        }
        denseMatchesChannelMajor(600, 3); // each channel's run of 600 is cut into rows of 256, 256 and 88
    }

    private void denseMatchesChannelMajor(int batch, int channels) {
        for (boolean training : new boolean[] {true, false}) {
            Slaf dense = new Slaf(3, 9, Sharing.CHANNEL, channels), general = new Slaf(3, 9, Sharing.CHANNEL, channels);
            Shape rows = new Shape(batch, channels, 1), columns = new Shape(1, channels, batch);
            float[] x = randomArray(batch * channels, 1.5), dy = randomArray(batch * channels, 1);
            float[] xt = transpose(x, batch, channels), dyt = transpose(dy, batch, channels);
            float[] y1 = new float[x.length], y2 = new float[x.length], dx1 = new float[x.length], dx2 = new float[x.length];
            for (int warm = 0; warm < 3; warm++) { // moves the running statistics off their start
                dense.forward(x, y1, rows);
                general.forward(xt, y2, columns);
            }
            dense.setTraining(training);
            general.setTraining(training);
            java.util.Arrays.fill(dense.parameterGradients(), 0f);
            java.util.Arrays.fill(general.parameterGradients(), 0f);
            dense.forward(x, y1, rows);
            general.forward(xt, y2, columns);
            dense.backward(x, y1, dy, dx1, rows);
            general.backward(xt, y2, dyt, dx2, columns);
            org.junit.jupiter.api.Assertions.assertArrayEquals(transpose(y2, channels, batch), y1, 1e-4f, "y");
            org.junit.jupiter.api.Assertions.assertArrayEquals(transpose(dx2, channels, batch), dx1, 1e-4f, "dx");
            org.junit.jupiter.api.Assertions.assertArrayEquals(general.parameterGradients(), dense.parameterGradients(),
                    1e-3f, "parameter gradients");
        }
    }

    private static float[] transpose(float[] a, int rows, int cols) {
        float[] t = new float[a.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = a[r * cols + c];
            }
        }
        return t;
    }

    /** Σ r·y with y from a training-mode forward (batch statistics). */
    private static double weighted(Slaf f, float[] x, float[] r, Shape shape) {
        float[] y = new float[x.length];
        f.forward(x, y, shape);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += (double) r[i] * y[i];
        }
        return sum;
    }
}
