package org.activationexplorer.activation.trainable;

import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.VectorApi;

/**
 * KanSpline's element loops for cubic splines (order 3, the default): the uniform cubic B-spline basis in closed form
 * in the local coordinate s of the element's knot span, B = (1 − s)³/6, (3s³ − 6s² + 4)/6, (−3s³ + 3s² + 3s + 1)/6,
 * s³/6, coefficients read from a copy padded with 3 zeros each side (so edge spans need no branches), and σ(x) from
 * one bulk exp. 16 lanes at a time in KanVectorKernel (every basis from the centred β₃, no index), the tail (or all,
 * without the Vector API) in the scalar twin here. The coefficient gradients go to acc past θ's slots (KanSpline.accSize).
 */
final class KanCubicPass {
    private static final boolean VECTOR = VectorApi.PRESENT;
    private final int n;              // basis functions, G + 3
    private final float inverseH;
    private final float lo;
    private float[] padded = new float[0]; // (n + 6) one set's coefficients with 3 zeros each side

    KanCubicPass(int bases, double knotStep, double gridLo) {
        n = bases;
        inverseH = 1 / (float) knotStep;
        lo = (float) gridLo;
    }

    /** Copies the set's coefficients theta[o..o+n) into the padded table (not while parts run: they read it). */
    void load(float[] theta, int o) {
        if (padded.length < n + 6) {
            padded = new float[n + 6];
        }
        System.arraycopy(theta, o, padded, 3, n);
    }

    /**
     * With y: y[e] = wb·x·σ(x) + ws·Σ c_i·B_i(x) for e in [from, to). Without: dx[e] = dy[e]·φ′(x[e]), acc[i] += Σ dy·ws·B_i
     * (the padded coefficient i − 3 at acc[n + 2 + i]), acc[n] += Σ dy·SiLU, acc[n + 1] += Σ dy·Σ c_i·B_i. t: scratch.
     * load: first copy the set's coefficients (false in split parts: prepare did, for all of them).
     */
    void run(float[] x, float[] y, float[] dy, float[] dx, float[] t, int from, int to, float[] theta, int o,
             double[] acc, float[] laneSums, boolean load) {
        if (load) {
            load(theta, o);
        }
        int pg = n + 2, spans = n + 3; // the padded gradients' slots in acc; G + 2k knot spans
        float wb = theta[o + n], ws = theta[o + n + 1];
        BulkMath.exp(x, -1f, t, from, to);
        int start = from;
        if (VECTOR) {
            float shift = 1 - lo * inverseH;
            start = y != null ? KanVectorKernel.forward(x, t, y, from, to, theta, o, n, wb, ws, inverseH, shift)
                    : KanVectorKernel.backward(x, t, dy, dx, from, to, theta, o, n, wb, ws, inverseH, shift, acc,
                    laneSums);
        }
        double gradWb = 0, gradWs = 0;
        for (int e = start; e < to; e++) { // the kernel's scalar twin
            float v = x[e], sig = 1 / (1 + t[e]), pos = (v - lo) * inverseH + 3, sum = 0, slope = 0;
            int m = (int) Math.floor(pos);
            boolean inside = pos >= 0 && m < spans;
            float s = inside ? pos - m : 0, s2 = s * s, s3 = s2 * s, r = 1 - s;
            float b0 = r * r * r / 6, b1 = (3 * s3 - 6 * s2 + 4) / 6, b2 = (-3 * s3 + 3 * s2 + 3 * s + 1) / 6, b3 = s3 / 6;
            if (inside) {
                sum = padded[m] * b0 + padded[m + 1] * b1 + padded[m + 2] * b2 + padded[m + 3] * b3;
            }
            if (y != null) {
                y[e] = wb * v * sig + ws * sum;
                continue;
            }
            float g = dy[e];
            if (inside) {
                slope = (-padded[m] * r * r + padded[m + 1] * (3 * s2 - 4 * s) + padded[m + 2] * (-3 * s2 + 2 * s + 1)
                        + padded[m + 3] * s2) * 0.5f * inverseH;
                float gw = g * ws;
                acc[pg + m] += gw * b0;
                acc[pg + m + 1] += gw * b1;
                acc[pg + m + 2] += gw * b2;
                acc[pg + m + 3] += gw * b3;
            }
            dx[e] = g * (wb * sig * (1 + v * (1 - sig)) + ws * slope);
            gradWb += g * v * sig;
            gradWs += g * sum;
        }
        if (acc != null) {
            acc[n] += gradWb;
            acc[n + 1] += gradWs;
        }
    }
}
