package org.activationexplorer.nn;

import java.util.List;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.linalg.Parallel;
import org.activationexplorer.optim.Parameter;

/**
 * Applies an activation family elementwise and exposes its parameters. Arrays are (batch, channels,
 * spatial) after dense layers and channel-major (channels, batch, spatial) after convolutions, which the
 * activation sees as one "batch" of (channels, batch·spatial): per-channel parameters stay per channel.
 */
public final class ActivationLayer implements Layer {
    private final Activation activation;
    private final int channels;
    private final int spatial;
    private final boolean channelMajor;
    private final float[] y;  // (maxBatch, channels, spatial)
    private final float[] dx; // (maxBatch, channels, spatial)
    private float[] x;        // the pre-activations of the last forward
    private Shape shape;      // cached: a new Shape only when the batch size changes (the last batch of an epoch)
    private int lastBatch;

    public ActivationLayer(Activation activation, int channels, int spatial, int maxBatch, boolean channelMajor) {
        this.activation = activation;
        this.channelMajor = channelMajor;
        this.channels = channels;
        this.spatial = spatial;
        this.y = new float[maxBatch * channels * spatial];
        this.dx = new float[y.length];
        this.shape = shapeOf(maxBatch);
    }

    @Override
    public float[] forward(float[] x, int batch) {
        this.x = x;
        this.lastBatch = batch;
        activation.forward(x, y, shapeFor(batch));
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, boolean needInputGradient) {
        activation.backward(x, y, dy, dx, shapeFor(batch));
        return needInputGradient ? dx : null;
    }

    private Shape shapeFor(int batch) {
        if (shape.size() != batch * channels * spatial) {
            shape = shapeOf(batch);
        }
        return shape;
    }

    private Shape shapeOf(int batch) {
        return channelMajor ? new Shape(1, channels, batch * spatial) : new Shape(batch, channels, spatial);
    }

    /** Lets the activation split costly loops over the network's worker thread (when there is one). */
    public ActivationLayer withParallel(Parallel parallel) {
        if (parallel.threads() > 1) {
            activation.setSplitter(new ParallelSplitter(parallel));
        }
        return this;
    }

    /** True when arrays are (channels, batch, spatial), as after a convolution. */
    public boolean channelMajor() {
        return channelMajor;
    }

    public Activation activation() {
        return activation;
    }

    public int channels() {
        return channels;
    }

    /** The pre-activations seen by the last forward, (lastBatch, channels, spatial); read-only for observers. */
    public float[] lastInput() {
        return x;
    }

    public int lastBatch() {
        return lastBatch;
    }

    @Override
    public List<Parameter> parameters() {
        float[] theta = activation.parameters();
        return theta.length == 0 ? List.of()
                : List.of(new Parameter(activation.family().name(), theta, activation.parameterGradients(),
                        Parameter.Kind.ACTIVATION));
    }

    @Override
    public int inputSize() {
        return channels * spatial;
    }

    @Override
    public int outputSize() {
        return channels * spatial;
    }

    @Override
    public String describe() {
        return activation.family().name() + (activation.parameters().length > 0
                ? " (" + activation.parameters().length + " params)" : "");
    }
}
