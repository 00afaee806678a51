package org.activationexplorer.activation.trainable;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The cubic KAN spline on the Vector API (loaded only when the module is present). Instead of finding each
 * element's knot span and reading its four coefficients (a gather, and in backward a scatter of four gradients
 * whose neighbours wait on each other), every basis function is evaluated for every element from the closed
 * form of the centred cubic B-spline, which needs no index: with τ = |d|, a = max(0, 2 − τ), b = max(0, 1 − τ),
 * 6·β₃(d) = a³ − 4b³ and 6·β₃′(d) = 3·sign(d)·(4b² − a²); B_i(x) = β₃(q − i) with q = (x − lo)/h + 1 in knot
 * units. That is n bases × ~14 lane operations per element, but 16 lanes at a time, with no memory access per
 * basis except the coefficient gradients' lane sums; those are float over at most 256 elements per lane, then
 * double, as the other kernels. The scalar tail is left to the caller.
 */
final class KanVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int SIGN_BIT = 0x80000000;

    private KanVectorKernel() {}

    static int lanes() {
        return S.length();
    }

    /**
     * y[e] = wb·x·σ(x) + ws·Σ c_i·B_i(x) for e in [from, end), end − from the largest multiple of the vector length;
     * expMinusX[e] = e^{−x[e]}; coefficients c_i at c[o + i], i < n; q = x·inverseH + shift. Returns end.
     */
    static int forward(float[] x, float[] expMinusX, float[] y, int from, int to, float[] c, int o, int n, float wb,
                       float ws, float inverseH, float shift) {
        int end = from + S.loopBound(to - from);
        FloatVector one = FloatVector.broadcast(S, 1f), minusFour = FloatVector.broadcast(S, -4f);
        for (int e = from; e < end; e += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, e);
            FloatVector sigmoid = one.div(FloatVector.fromArray(S, expMinusX, e).add(one));
            FloatVector q = v.fma(inverseH, shift), sum = FloatVector.zero(S);
            for (int i = 0; i < n; i++) {
                FloatVector tau = q.sub(i).abs();
                FloatVector a = tau.neg().add(2f).max(0f), b = one.sub(tau).max(0f);
                FloatVector beta6 = b.mul(b).mul(b).fma(minusFour, a.mul(a).mul(a));
                sum = beta6.fma(FloatVector.broadcast(S, c[o + i] * (1f / 6)), sum);
            }
            v.mul(sigmoid).mul(wb).add(sum.mul(ws)).intoArray(y, e);
        }
        return end;
    }

    /**
     * dx[e] = dy[e]·φ′(x[e]) for e in [from, end) as in forward; acc[i] += Σ dy·ws·B_i (i < n), acc[n] += Σ dy·SiLU,
     * acc[n + 1] += Σ dy·Σ c_i·B_i. basisSums (n·lanes(), zero) holds each basis's lane sums and is left zero.
     * Returns end.
     */
    static int backward(float[] x, float[] expMinusX, float[] dy, float[] dx, int from, int to, float[] c, int o, int n,
                        float wb, float ws, float inverseH, float shift, double[] acc, float[] basisSums) {
        int end = from + S.loopBound(to - from), lanes = S.length();
        FloatVector one = FloatVector.broadcast(S, 1f), zero = FloatVector.zero(S);
        FloatVector four = FloatVector.broadcast(S, 4f), minusFour = FloatVector.broadcast(S, -4f);
        FloatVector silu = zero, spline = zero;
        int sinceFlush = 0;
        for (int e = from; e < end; e += lanes) {
            FloatVector v = FloatVector.fromArray(S, x, e), g = FloatVector.fromArray(S, dy, e);
            FloatVector sigmoid = one.div(FloatVector.fromArray(S, expMinusX, e).add(one));
            FloatVector q = v.fma(inverseH, shift), sum = zero, slope = zero;
            for (int i = 0; i < n; i++) {
                FloatVector d = q.sub(i), tau = d.abs();
                FloatVector a = tau.neg().add(2f).max(0f), b = one.sub(tau).max(0f);
                FloatVector a2 = a.mul(a), b2 = b.mul(b);
                FloatVector beta6 = b2.mul(b).fma(minusFour, a2.mul(a));
                IntVector sign = d.reinterpretAsInts().and(SIGN_BIT);
                FloatVector slope6 = b2.fma(four, a2.neg()).reinterpretAsInts().lanewise(VectorOperators.XOR, sign)
                        .reinterpretAsFloats(); // sign(d)·(4b² − a²), a third of 6·β₃′
                float ci = c[o + i];
                sum = beta6.fma(FloatVector.broadcast(S, ci * (1f / 6)), sum);
                slope = slope6.fma(FloatVector.broadcast(S, ci * 0.5f), slope);
                g.fma(beta6, FloatVector.fromArray(S, basisSums, i * lanes)).intoArray(basisSums, i * lanes);
            }
            FloatVector siluSlope = one.sub(sigmoid).fma(v, one).mul(sigmoid); // σ(1 + x(1 − σ))
            g.mul(siluSlope.mul(wb).add(slope.mul(ws * inverseH))).intoArray(dx, e);
            silu = g.mul(v).fma(sigmoid, silu);
            spline = g.fma(sum, spline);
            if (++sinceFlush == 16 || e + lanes >= end) {
                for (int i = 0; i < n; i++) {
                    FloatVector s = FloatVector.fromArray(S, basisSums, i * lanes);
                    acc[i] += ws * (1.0 / 6) * s.reduceLanes(VectorOperators.ADD);
                    zero.intoArray(basisSums, i * lanes);
                }
                acc[n] += silu.reduceLanes(VectorOperators.ADD);
                acc[n + 1] += spline.reduceLanes(VectorOperators.ADD);
                silu = spline = zero;
                sinceFlush = 0;
            }
        }
        return end;
    }
}
