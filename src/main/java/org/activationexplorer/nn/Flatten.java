package org.activationexplorer.nn;

/**
 * The move from convolution layers, which keep arrays channel-major (channels, batch, spatial), to dense
 * layers, which take (batch, channels·spatial): a transposition of the two outer axes.
 */
public final class Flatten implements Layer {
    private final int channels;
    private final int spatial;
    private final float[] y;  // (maxBatch, channels·spatial)
    private final float[] dx; // (channels, maxBatch, spatial)

    public Flatten(int channels, int spatial, int maxBatch) {
        this.channels = channels;
        this.spatial = spatial;
        this.y = new float[maxBatch * channels * spatial];
        this.dx = new float[y.length];
    }

    @Override
    public float[] forward(float[] x, int batch) {
        BatchLayouts.toSampleMajor(x, y, batch, channels, spatial);
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        BatchLayouts.toChannelMajor(dy, dx, batch, channels, spatial);
        return dx;
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
        return "flatten " + channels + "x" + spatial;
    }
}
