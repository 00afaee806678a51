package org.activationexplorer.nn;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.activationexplorer.linalg.Gemm;
import org.activationexplorer.optim.Parameter;

/**
 * 2-D convolution, stride 1, zero padding, by im2col + one GEMM for the whole batch: the columns of all
 * samples sit side by side, so the GEMM is (outC × K)·(K × batch·P), wide enough to vectorise well even
 * with few channels. K = inC·k·k, P = outH·outW.
 */
public final class Conv2d implements Layer {
    private final int inC, inH, inW, outC, k, pad, outH, outW, kk, p;
    private final Gemm gemm;
    private final float[] w;    // (outC, K)
    private final float[] b;    // (outC)
    private final float[] dw;   // (outC, K)
    private final float[] db;   // (outC)
    private final float[] cols; // (K, maxBatch·P): im2col of the input in forward, dcols in backward
    private final float[] yt;   // (outC, maxBatch·P): GEMM result in forward, dyᵀ in backward
    private final float[] y;    // (maxBatch, outC, P)
    private final float[] dx;   // (maxBatch, inC, inH, inW)

    public Conv2d(int inC, int inH, int inW, int outC, int k, int pad, int maxBatch, Gemm gemm, Init init,
                  Random random) {
        this.inC = inC;
        this.inH = inH;
        this.inW = inW;
        this.outC = outC;
        this.k = k;
        this.pad = pad;
        this.outH = inH + 2 * pad - k + 1;
        this.outW = inW + 2 * pad - k + 1;
        if (outH <= 0 || outW <= 0) {
            throw new IllegalArgumentException("kernel " + k + " larger than padded input " + inH + "x" + inW);
        }
        this.kk = inC * k * k;
        this.p = outH * outW;
        this.gemm = gemm;
        w = new float[outC * kk];
        b = new float[outC];
        dw = new float[outC * kk];
        db = new float[outC];
        cols = new float[kk * maxBatch * p];
        yt = new float[outC * maxBatch * p];
        y = new float[maxBatch * outC * p];
        dx = new float[maxBatch * inC * inH * inW];
        init.fillWeights(w, kk, outC * k * k, random);
        init.fillBiases(b, kk, random);
    }

    @Override
    public float[] forward(float[] x, int batch) {
        int np = batch * p;
        im2col(x, batch);
        gemm.multiply(false, false, outC, np, kk, w, cols, yt, false); // yᵀ = W·cols
        for (int c = 0; c < outC; c++) {                               // y[n][c][q] = yᵀ[c][n·P + q] + b[c]
            float bias = b[c];
            for (int n = 0; n < batch; n++) {
                int src = c * np + n * p, dst = (n * outC + c) * p;
                for (int q = 0; q < p; q++) {
                    y[dst + q] = yt[src + q] + bias;
                }
            }
        }
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, boolean needInputGradient) {
        int np = batch * p;
        for (int c = 0; c < outC; c++) { // dyᵀ[c][n·P + q] = dy[n][c][q]; db[c] += Σ dy[·][c][·]
            float sum = 0;
            for (int n = 0; n < batch; n++) {
                int src = (n * outC + c) * p, dst = c * np + n * p;
                for (int q = 0; q < p; q++) {
                    float g = dy[src + q];
                    yt[dst + q] = g;
                    sum += g;
                }
            }
            db[c] += sum;
        }
        gemm.multiply(false, true, outC, kk, np, yt, cols, dw, true); // dW += dyᵀ·colsᵀ
        if (!needInputGradient) {
            return null;
        }
        gemm.multiply(true, false, kk, np, outC, w, yt, cols, false); // dcols = Wᵀ·dyᵀ
        col2im(batch);
        return dx;
    }

    /** cols[(c·k + ky)·k + kx][n·P + oy·outW + ox] = x[n][c][oy+ky−pad][ox+kx−pad], zero outside. */
    private void im2col(float[] x, int batch) {
        int np = batch * p, plane = inH * inW;
        for (int c = 0; c < inC; c++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++) {
                    int row = ((c * k + ky) * k + kx) * np;
                    int ox0 = Math.max(0, pad - kx), ox1 = Math.min(outW, inW + pad - kx); // valid ox: 0 ≤ ix < inW
                    for (int n = 0; n < batch; n++) {
                        int src = (n * inC + c) * plane;
                        for (int oy = 0; oy < outH; oy++) {
                            int dst = row + n * p + oy * outW, iy = oy + ky - pad;
                            if (iy < 0 || iy >= inH || ox0 >= ox1) {
                                Arrays.fill(cols, dst, dst + outW, 0f);
                                continue;
                            }
                            Arrays.fill(cols, dst, dst + ox0, 0f);
                            System.arraycopy(x, src + iy * inW + ox0 + kx - pad, cols, dst + ox0, ox1 - ox0);
                            Arrays.fill(cols, dst + ox1, dst + outW, 0f);
                        }
                    }
                }
            }
        }
    }

    /** dx = the adjoint of im2col applied to dcols (held in cols). */
    private void col2im(int batch) {
        int np = batch * p, plane = inH * inW;
        Arrays.fill(dx, 0, batch * inC * plane, 0f);
        for (int c = 0; c < inC; c++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++) {
                    int row = ((c * k + ky) * k + kx) * np;
                    int ox0 = Math.max(0, pad - kx), ox1 = Math.min(outW, inW + pad - kx);
                    for (int n = 0; n < batch; n++) {
                        int base = (n * inC + c) * plane;
                        for (int oy = 0; oy < outH; oy++) {
                            int iy = oy + ky - pad;
                            if (iy < 0 || iy >= inH) {
                                continue;
                            }
                            int src = row + n * p + oy * outW, dst = base + iy * inW + kx - pad;
                            for (int ox = ox0; ox < ox1; ox++) {
                                dx[dst + ox] += cols[src + ox];
                            }
                        }
                    }
                }
            }
        }
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("weight", w, dw, Parameter.Kind.WEIGHT),
                new Parameter("bias", b, db, Parameter.Kind.BIAS));
    }

    public int outChannels() {
        return outC;
    }

    public int outHeight() {
        return outH;
    }

    public int outWidth() {
        return outW;
    }

    @Override
    public int inputSize() {
        return inC * inH * inW;
    }

    @Override
    public int outputSize() {
        return outC * p;
    }

    @Override
    public String describe() {
        return "conv " + inC + "→" + outC + " " + k + "x" + k + (pad > 0 ? " pad " + pad : "") + " → " + outH + "x" + outW;
    }
}
