package org.activationexplorer.activation.trainable;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * DiTAC's element loops on the Vector API (loaded only when the module is present), the same arithmetic as
 * Ditac's scalar loops: T and T′ gathered from the table's per-interval polynomials (index[e] = 4·interval,
 * fraction[e] from TablePositions; the set's intervals start at base), Φ by A&S 7.1.26 (grid positions for the θ-gradient come from TablePositions too). Each loop is its own small
 * method, and none calls a helper that takes or returns vectors: C2 left vector operations unintrinsified when
 * one method held them all, and once such a helper was compiled on its own it stopped being inlined, so its
 * vectors were boxed and every operation ran the slow Java fallback (measured: late in training, DiTAC's
 * forward at half speed). Shared intermediate values go through scratch arrays instead. The tail is the caller's.
 */
final class DitacVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int SIGN_BIT = 0x80000000, ONE_BITS = Float.floatToRawIntBits(1f);
    private static final float INV_SQRT_2PI = (float) (1 / Math.sqrt(2 * Math.PI));

    private DitacVectorKernel() {}

    /**
     * inside[e] = 1 where lo ≤ x ≤ hi, else 0 (from the sign bits of x − lo and hi − x: no compare, no branch), and
     * cdf[e] = Φ(x) by A&S 7.1.26 given gauss[e] = e^{−x²/2}, as Ditac.normalCdf.
     */
    static void insideAndCdf(float[] x, float[] gauss, float[] inside, float[] cdf, int from, int end, float lo,
                             float hi) {
        FloatVector one = FloatVector.broadcast(S, 1f), half = FloatVector.broadcast(S, 0.5f);
        FloatVector p3 = FloatVector.broadcast(S, 1.421413741f), p2 = FloatVector.broadcast(S, -0.284496736f);
        FloatVector p1 = FloatVector.broadcast(S, 0.254829592f), top = FloatVector.broadcast(S, hi);
        for (int e = from; e < end; e += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, e);
            IntVector outside = v.sub(lo).reinterpretAsInts().or(top.sub(v).reinterpretAsInts())
                    .lanewise(VectorOperators.LSHR, 31); // 1 if either is negative
            outside.sub(1).and(ONE_BITS).reinterpretAsFloats().intoArray(inside, e); // 0 − 1 → 1.0f, 1 − 1 → 0.0f
            FloatVector t = one.div(v.abs().mul(0.3275911f * 0.70710678f).add(1f));
            FloatVector poly = t.mul(1.061405429f).add(-1.453152027f).fma(t, p3).fma(t, p2).fma(t, p1);
            FloatVector tail = t.mul(poly).mul(FloatVector.fromArray(S, gauss, e)).mul(0.5f);
            IntVector sign = v.reinterpretAsInts().and(SIGN_BIT); // Φ = ½ ± (½ − tail) by the sign of x
            half.sub(tail).reinterpretAsInts().lanewise(VectorOperators.XOR, sign).reinterpretAsFloats().add(half)
                    .intoArray(cdf, e);
        }
    }

    /** warped[e] = x̃: a + (b − a)·T(u) inside [a, b], x outside, for e in [from, end). */
    static void warp(float[] x, float[] cubic, int base, int[] index, float[] fraction, float[] inside,
                     float[] warped, int from, int end, float lo, float width) {
        for (int e = from; e < end; e += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, e), t = FloatVector.fromArray(S, fraction, e);
            FloatVector transformed = FloatVector.fromArray(S, cubic, base + 3, index, e)
                    .fma(t, FloatVector.fromArray(S, cubic, base + 2, index, e))
                    .fma(t, FloatVector.fromArray(S, cubic, base + 1, index, e))
                    .fma(t, FloatVector.fromArray(S, cubic, base, index, e));
            transformed.mul(width).add(lo).sub(v).fma(FloatVector.fromArray(S, inside, e), v).intoArray(warped, e);
        }
    }

    /** warpedSlope[e] = dx̃/dx: T′(u) inside [a, b], 1 outside (slope holds T′'s quadratic per interval, stride 4). */
    static void warpSlope(float[] slope, int base, int[] index, float[] fraction, float[] inside, float[] warpedSlope,
                          int from, int end) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int e = from; e < end; e += S.length()) {
            FloatVector t = FloatVector.fromArray(S, fraction, e);
            FloatVector derivative = FloatVector.fromArray(S, slope, base + 2, index, e)
                    .fma(t, FloatVector.fromArray(S, slope, base + 1, index, e))
                    .fma(t, FloatVector.fromArray(S, slope, base, index, e));
            derivative.sub(1f).fma(FloatVector.fromArray(S, inside, e), one).intoArray(warpedSlope, e);
        }
    }

    /** y = x̃·Φ(x). */
    static void forwardOutput(float[] warped, float[] cdf, float[] y, int from, int end) {
        for (int e = from; e < end; e += S.length()) {
            FloatVector.fromArray(S, warped, e).mul(FloatVector.fromArray(S, cdf, e)).intoArray(y, e);
        }
    }

    /**
     * dx = dy·(x̃′·Φ + x̃·φ), and weight[e] = dy·Φ·(b − a) inside [a, b], 0 outside: the element's factor of
     * ∂L/∂θ = Σ weight·∂T/∂θ(u).
     */
    static void backwardOutput(float[] dy, float[] gauss, float[] cdf, float[] inside, float[] warped,
                               float[] warpedSlope, float[] dx, float[] weight, int from, int end, float width) {
        for (int e = from; e < end; e += S.length()) {
            FloatVector g = FloatVector.fromArray(S, dy, e), phi = FloatVector.fromArray(S, cdf, e);
            FloatVector pdfTerm = FloatVector.fromArray(S, warped, e).mul(FloatVector.fromArray(S, gauss, e))
                    .mul(INV_SQRT_2PI);
            g.mul(FloatVector.fromArray(S, warpedSlope, e).fma(phi, pdfTerm)).intoArray(dx, e);
            g.mul(phi).mul(FloatVector.fromArray(S, inside, e)).mul(width).intoArray(weight, e);
        }
    }
}
