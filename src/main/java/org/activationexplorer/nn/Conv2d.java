package org.activationexplorer.nn;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.activationexplorer.linalg.Compute;
import org.activationexplorer.linalg.Gemm;
import org.activationexplorer.linalg.Parallel;
import org.activationexplorer.optim.Parameter;

/**
 * 2-D convolution, stride 1, zero padding, by im2col + GEMM: y(outC × S·P) = W(outC × K)·cols(K × S·P)
 * for chunks of S samples, K = inC·k·k, P = outH·outW. Chunks are sized so their columns stay in L2
 * (for the whole batch they are ~10 MB in LeNet-5's first layer, and streaming them from memory cost more
 * than the arithmetic); backward recomputes them rather than keeping them. The chunks are shared out
 * between the threads of Compute.parallel, each with its own GEMM and buffers.
 *
 * <p>Input and output are channel-major, (channels, batch, H·W), which is the GEMM's output layout, so no
 * permutation is needed. For a single input channel it coincides with the batch-major layout.
 */
public final class Conv2d implements Layer {
    private static final int CHUNK_FLOATS = 96 * 1024; // columns per chunk: 384 KB, well inside a 1 MB L2
    private final int inC, inH, inW, outC, k, pad, outH, outW, kk, p, chunk;
    private final Parallel parallel;
    private final List<Gemm> gemms; // one per part
    private final float[] w;        // (outC, K)
    private final float[] b;        // (outC)
    private final float[] dw;       // (outC, K), accumulated by part 0
    private final float[] db;       // (outC)
    private final float[][] dwPart; // [part](outC, K): other parts' dW, added into dw after each backward
    private final float[][] cols;   // [part](K, chunk·P): im2col of a chunk, then dcols in backward
    private final float[][] yc;     // [part](outC, chunk·P): a chunk's output, or its dy
    private final float[] y;        // (outC, maxBatch, P)
    private final float[] dx;       // (inC, maxBatch, inH, inW)
    private final Parallel.Task forwardTask = this::forwardPart;
    private final Parallel.Task backwardTask = this::backwardPart;
    private float[] x;              // (inC, batch, inH, inW), kept for backward
    private float[] dy;
    private int batch;
    private boolean needDx;

    public Conv2d(int inC, int inH, int inW, int outC, int k, int pad, int maxBatch, Compute compute, Init init,
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
        this.chunk = Math.max(1, Math.min(maxBatch, CHUNK_FLOATS / (kk * p)));
        this.parallel = compute.parallel();
        this.gemms = compute.partGemms();
        int parts = parallel.threads();
        w = new float[outC * kk];
        b = new float[outC];
        dw = new float[outC * kk];
        db = new float[outC];
        dwPart = new float[parts][outC * kk];
        cols = new float[parts][kk * chunk * p];
        yc = new float[parts][outC * chunk * p];
        y = new float[outC * maxBatch * p];
        dx = new float[inC * maxBatch * inH * inW];
        init.fillWeights(w, kk, outC * k * k, random);
        init.fillBiases(b, kk, random);
    }

    @Override
    public float[] forward(float[] x, int batch) {
        this.x = x;
        this.batch = batch;
        parallel.run(forwardTask);
        return y;
    }

    /** Chunks part, part + parts, …: im2col, y_chunk = W·cols, copied into y with the bias. */
    private void forwardPart(int part, int parts) {
        float[] c = cols[part], out = yc[part];
        int np = batch * p;
        for (int n0 = part * chunk; n0 < batch; n0 += parts * chunk) {
            int s = Math.min(chunk, batch - n0), sp = s * p;
            im2col(n0, s, c);
            gemms.get(part).multiply(false, false, outC, sp, kk, w, c, out, false);
            for (int o = 0; o < outC; o++) {
                float bias = b[o];
                int dst = o * np + n0 * p, src = o * sp;
                for (int j = 0; j < sp; j++) {
                    y[dst + j] = out[src + j] + bias;
                }
            }
        }
    }

    @Override
    public float[] backward(float[] dy, int batch, boolean needInputGradient) {
        int np = batch * p;
        for (int o = 0; o < outC; o++) { // db[o] += Σ dy[o][·]
            float sum = 0;
            for (int j = o * np, end = j + np; j < end; j++) {
                sum += dy[j];
            }
            db[o] += sum;
        }
        this.dy = dy;
        this.batch = batch;
        this.needDx = needInputGradient;
        parallel.run(backwardTask);
        for (int part = 1; part < dwPart.length; part++) {
            float[] partial = dwPart[part];
            for (int i = 0; i < dw.length; i++) {
                dw[i] += partial[i];
            }
            Arrays.fill(partial, 0f);
        }
        return needInputGradient ? dx : null;
    }

    /** Per chunk: cols again, dW += dy_chunk·colsᵀ, and dcols = Wᵀ·dy_chunk scattered into dx by col2im. */
    private void backwardPart(int part, int parts) {
        float[] c = cols[part], g = yc[part], dwOut = part == 0 ? dw : dwPart[part];
        Gemm gemm = gemms.get(part);
        int np = batch * p;
        for (int n0 = part * chunk; n0 < batch; n0 += parts * chunk) {
            int s = Math.min(chunk, batch - n0), sp = s * p;
            for (int o = 0; o < outC; o++) {
                System.arraycopy(dy, o * np + n0 * p, g, o * sp, sp);
            }
            im2col(n0, s, c);
            gemm.multiply(false, true, outC, kk, sp, g, c, dwOut, true);
            if (needDx) {
                gemm.multiply(true, false, kk, sp, outC, w, g, c, false);
                col2im(n0, s, c);
            }
        }
    }

    /** c[(ci·k + ky)·k + kx][(n−n0)·P + oy·outW + ox] = x[ci][n][oy+ky−pad][ox+kx−pad] for n in [n0, n0+s), zero outside. */
    private void im2col(int n0, int s, float[] c) {
        int sp = s * p, plane = inH * inW;
        for (int ci = 0; ci < inC; ci++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++) {
                    int row = ((ci * k + ky) * k + kx) * sp;
                    int ox0 = Math.max(0, pad - kx), ox1 = Math.max(ox0, Math.min(outW, inW + pad - kx)); // 0 ≤ ix < inW
                    for (int n = 0; n < s; n++) {
                        int src = (ci * batch + n0 + n) * plane;
                        for (int oy = 0; oy < outH; oy++) {
                            int dst = row + n * p + oy * outW, iy = oy + ky - pad;
                            if (iy < 0 || iy >= inH) {
                                Arrays.fill(c, dst, dst + outW, 0f);
                                continue;
                            }
                            int from = src + iy * inW + kx - pad;
                            for (int ox = 0; ox < ox0; ox++) {
                                c[dst + ox] = 0f;
                            }
                            for (int ox = ox0; ox < ox1; ox++) {
                                c[dst + ox] = x[from + ox];
                            }
                            for (int ox = ox1; ox < outW; ox++) {
                                c[dst + ox] = 0f;
                            }
                        }
                    }
                }
            }
        }
    }

    /** dx for samples [n0, n0+s) = the adjoint of im2col applied to dcols (in c). */
    private void col2im(int n0, int s, float[] c) {
        int sp = s * p, plane = inH * inW;
        for (int ci = 0; ci < inC; ci++) {
            Arrays.fill(dx, (ci * batch + n0) * plane, (ci * batch + n0 + s) * plane, 0f);
        }
        for (int ci = 0; ci < inC; ci++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++) {
                    int row = ((ci * k + ky) * k + kx) * sp;
                    int ox0 = Math.max(0, pad - kx), ox1 = Math.min(outW, inW + pad - kx);
                    for (int n = 0; n < s; n++) {
                        int base = (ci * batch + n0 + n) * plane;
                        for (int oy = 0; oy < outH; oy++) {
                            int iy = oy + ky - pad;
                            if (iy < 0 || iy >= inH) {
                                continue;
                            }
                            int src = row + n * p + oy * outW, dst = base + iy * inW + kx - pad;
                            for (int ox = ox0; ox < ox1; ox++) {
                                dx[dst + ox] += c[src + ox];
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
