package org.activationexplorer.nn;

import java.util.Arrays;

/** Non-overlapping max pooling (stride = size); the gradient goes to the first maximum of each window. */
public final class MaxPool2d implements Layer {
    private final int channels, inH, inW, size, outH, outW;
    private final float[] y;     // (maxBatch, channels, outH, outW)
    private final int[] argmax;  // (maxBatch, channels, outH, outW): index into x of each window's maximum
    private final float[] dx;    // (maxBatch, channels, inH, inW)

    public MaxPool2d(int channels, int inH, int inW, int size, int maxBatch) {
        this.channels = channels;
        this.inH = inH;
        this.inW = inW;
        this.size = size;
        this.outH = inH / size;
        this.outW = inW / size;
        y = new float[maxBatch * channels * outH * outW];
        argmax = new int[y.length];
        dx = new float[maxBatch * channels * inH * inW];
    }

    @Override
    public float[] forward(float[] x, int batch) {
        for (int plane = 0; plane < batch * channels; plane++) {
            int in = plane * inH * inW, out = plane * outH * outW;
            for (int oy = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox++) {
                    int best = in + oy * size * inW + ox * size;
                    for (int ky = 0; ky < size; ky++) {
                        int row = in + (oy * size + ky) * inW + ox * size;
                        for (int kx = 0; kx < size; kx++) {
                            if (x[row + kx] > x[best]) {
                                best = row + kx;
                            }
                        }
                    }
                    y[out + oy * outW + ox] = x[best];
                    argmax[out + oy * outW + ox] = best;
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
        Arrays.fill(dx, 0, batch * channels * inH * inW, 0f);
        int outputs = batch * channels * outH * outW;
        for (int i = 0; i < outputs; i++) {
            dx[argmax[i]] += dy[i];
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
        return "maxpool " + size + "x" + size + " → " + outH + "x" + outW;
    }
}
