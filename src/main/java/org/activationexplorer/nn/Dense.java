package org.activationexplorer.nn;

import java.util.List;
import java.util.Random;
import org.activationexplorer.linalg.Gemm;
import org.activationexplorer.optim.Parameter;

/** Fully connected layer: y = x·W + b. */
public final class Dense implements Layer {
    private final int in;
    private final int out;
    private final Gemm gemm;
    private final float[] w;  // (in, out)
    private final float[] b;  // (out)
    private final float[] dw; // (in, out)
    private final float[] db; // (out)
    private final float[] y;  // (maxBatch, out)
    private final float[] dx; // (maxBatch, in)
    private float[] x;        // (batch, in), the previous layer's output

    public Dense(int in, int out, int maxBatch, Gemm gemm, Init init, Random random) {
        this.in = in;
        this.out = out;
        this.gemm = gemm;
        w = new float[in * out];
        b = new float[out];
        dw = new float[in * out];
        db = new float[out];
        y = new float[maxBatch * out];
        dx = new float[maxBatch * in];
        init.fillWeights(w, in, out, random);
        init.fillBiases(b, in, random);
    }

    @Override
    public float[] forward(float[] x, int batch) {
        this.x = x;
        gemm.multiply(false, false, batch, out, in, x, w, y, false); // y = x·W
        for (int i = 0; i < batch; i++) {
            int row = i * out;
            for (int j = 0; j < out; j++) {
                y[row + j] += b[j];
            }
        }
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, boolean needInputGradient) {
        gemm.multiply(true, false, in, out, batch, x, dy, dw, true); // dW += xᵀ·dy
        for (int i = 0; i < batch; i++) {                              // db += Σ_rows dy
            int row = i * out;
            for (int j = 0; j < out; j++) {
                db[j] += dy[row + j];
            }
        }
        if (!needInputGradient) {
            return null;
        }
        gemm.multiply(false, true, batch, in, out, dy, w, dx, false); // dx = dy·Wᵀ
        return dx;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("weight", w, dw, Parameter.Kind.WEIGHT),
                new Parameter("bias", b, db, Parameter.Kind.BIAS));
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int outputSize() {
        return out;
    }

    @Override
    public String describe() {
        return "dense " + in + "→" + out;
    }
}
