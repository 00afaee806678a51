package org.activationexplorer.nn;

/**
 * The move from images as datasets hold them, (batch, channels·spatial), to the channel-major (channels, batch,
 * spatial) that Conv2d takes: Flatten's inverse. Needed only for several input channels (colour); for one channel
 * the two layouts coincide and the networks do without it.
 */
public final class ToChannelMajor implements Layer {
    private final int channels;
    private final int spatial;
    private final float[] y;  // (channels, maxBatch, spatial)
    private final float[] dx; // (maxBatch, channels·spatial)

    public ToChannelMajor(int channels, int spatial, int maxBatch) {
        this.channels = channels;
        this.spatial = spatial;
        this.y = new float[Math.multiplyExact(maxBatch, channels * spatial)];
        this.dx = new float[y.length];
    }

    @Override
    public float[] forward(float[] x, int batch) {
        BatchLayouts.toChannelMajor(x, y, batch, channels, spatial);
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, boolean needInputGradient) {
        if (!needInputGradient) {
            return null; // the first layer of a network: nothing upstream
        }
        BatchLayouts.toSampleMajor(dy, dx, batch, channels, spatial);
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
        return "channel-major " + channels + "x" + spatial;
    }
}
