package org.activationexplorer.nn;

/** Non-overlapping average pooling with a size×size window (stride = size); a partial edge is dropped. */
public final class AvgPool2d implements Layer {
    private final int channels, inH, inW, size, outH, outW;
    private final float[] y;  // (maxBatch, channels, outH, outW)
    private final float[] dx; // (maxBatch, channels, inH, inW)

    public AvgPool2d(int channels, int inH, int inW, int size, int maxBatch) {
        this.channels = channels;
        this.inH = inH;
        this.inW = inW;
        this.size = size;
        this.outH = inH / size;
        this.outW = inW / size;
        y = new float[maxBatch * channels * outH * outW];
        dx = new float[maxBatch * channels * inH * inW];
    }

    @Override
    public float[] forward(float[] x, int batch) {
        if (size == 2) {
            return forward2(x, batch);
        }
        float scale = 1f / (size * size);
        for (int plane = 0; plane < batch * channels; plane++) {
            int in = plane * inH * inW, out = plane * outH * outW;
            for (int oy = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox++) {
                    float sum = 0;
                    for (int dy = 0; dy < size; dy++) {
                        int row = in + (oy * size + dy) * inW + ox * size;
                        for (int dx = 0; dx < size; dx++) {
                            sum += x[row + dx];
                        }
                    }
                    y[out + oy * outW + ox] = sum * scale;
                }
            }
        }
        return y;
    }

    /** The common 2×2 case without the inner window loops (3× faster in LeNet-5). */
    private float[] forward2(float[] x, int batch) {
        for (int plane = 0; plane < batch * channels; plane++) {
            int in = plane * inH * inW, out = plane * outH * outW;
            for (int oy = 0; oy < outH; oy++) {
                int r0 = in + 2 * oy * inW, r1 = r0 + inW, o = out + oy * outW;
                for (int ox = 0; ox < outW; ox++) {
                    y[o + ox] = 0.25f * (x[r0 + 2 * ox] + x[r0 + 2 * ox + 1] + x[r1 + 2 * ox] + x[r1 + 2 * ox + 1]);
                }
            }
        }
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        if (size == 2 && inH % 2 == 0 && inW % 2 == 0) {
            return backward2(dy, batch);
        }
        float scale = 1f / (size * size);
        for (int plane = 0; plane < batch * channels; plane++) {
            int in = plane * inH * inW, out = plane * outH * outW;
            java.util.Arrays.fill(dx, in, in + inH * inW, 0f); // cells of a dropped edge get no gradient
            for (int oy = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox++) {
                    float g = dy[out + oy * outW + ox] * scale;
                    for (int ky = 0; ky < size; ky++) {
                        int row = in + (oy * size + ky) * inW + ox * size;
                        for (int kx = 0; kx < size; kx++) {
                            dx[row + kx] = g;
                        }
                    }
                }
            }
        }
        return dx;
    }

    private float[] backward2(float[] dy, int batch) {
        for (int plane = 0; plane < batch * channels; plane++) {
            int in = plane * inH * inW, out = plane * outH * outW;
            for (int oy = 0; oy < outH; oy++) {
                int r0 = in + 2 * oy * inW, r1 = r0 + inW, o = out + oy * outW;
                for (int ox = 0; ox < outW; ox++) {
                    float g = 0.25f * dy[o + ox];
                    dx[r0 + 2 * ox] = g;
                    dx[r0 + 2 * ox + 1] = g;
                    dx[r1 + 2 * ox] = g;
                    dx[r1 + 2 * ox + 1] = g;
                }
            }
        }
        return dx;
    }

    public int outHeight() {
        return outH;
    }

    public int outWidth() {
        return outW;
    }

    @Override
    public int inputSize() {
        return channels * inH * inW;
    }

    @Override
    public int outputSize() {
        return channels * outH * outW;
    }

    @Override
    public String describe() {
        return "avgpool " + size + "x" + size + " → " + outH + "x" + outW;
    }
}
