package org.activationexplorer.activation.trainable;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The DiTAC families' element loops on the Vector API (loaded only when the module is present), the same arithmetic
 * as DitacWarp's and Ditac's scalar loops: x̃ and x̃′ gathered from the table's per-piece polynomials (index[e] =
 * 4·piece, fraction[e] from TablePositions; the set's pieces start at base), and Φ by A&S 7.1.26 in vector form (the
 * scalar loops use special/Erf's). Each loop is its own small method, and none calls a helper that takes or returns
 * vectors: C2 left vector operations unintrinsified when one method held them all, and once such a helper was
 * compiled on its own it stopped being inlined, so its vectors were boxed and every operation ran the slow Java
 * fallback (measured: late in training, DiTAC's forward at half speed). Shared intermediate values go through
 * scratch arrays instead. Each covers the largest multiple of the vector length in [from, to); the tail is the
 * caller's.
 */
final class DitacVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int SIGN_BIT = 0x80000000, ONE_BITS = Float.floatToRawIntBits(1f);

    private DitacVectorKernel() {}

    /**
     * inside[e] = 1 where lo ≤ x ≤ lo + width, else 0 (from the sign bits of x − lo and lo + width − x: no compare, no
     * branch), and warped[e] = x̃: lo + width·T(u) inside, x outside, for e in [from, end).
     */
    static void warp(float[] x, float[] cubic, int base, int[] index, float[] fraction, float[] inside,
                     float[] warped, int from, int end, float lo, float width) {
        FloatVector top = FloatVector.broadcast(S, lo + width);
        for (int e = from; e < end; e += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, e), t = FloatVector.fromArray(S, fraction, e);
            IntVector outside = v.sub(lo).reinterpretAsInts().or(top.sub(v).reinterpretAsInts())
                    .lanewise(VectorOperators.LSHR, 31); // 1 if either is negative
            FloatVector in = outside.sub(1).and(ONE_BITS).reinterpretAsFloats(); // 0 − 1 → 1.0f, 1 − 1 → 0.0f
            in.intoArray(inside, e);
            FloatVector transformed = FloatVector.fromArray(S, cubic, base + 3, index, e)
                    .fma(t, FloatVector.fromArray(S, cubic, base + 2, index, e))
                    .fma(t, FloatVector.fromArray(S, cubic, base + 1, index, e))
                    .fma(t, FloatVector.fromArray(S, cubic, base, index, e));
            transformed.mul(width).add(lo).sub(v).fma(in, v).intoArray(warped, e);
        }
    }

    /** warpedSlope[e] = x̃′: T′(u) inside [a, b], 1 outside (slope holds T′'s quadratic per piece, stride 4). */
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

    /**
     * cdf[e] = Φ(x) by A&S 7.1.26 given gauss[e] = e^{−x²/2}, as special/Erf.normalCdf(float, float), over the
     * largest multiple of the vector length in [from, to); returns where the tail starts.
     */
    static int normalCdf(float[] x, float[] gauss, float[] cdf, int from, int to) {
        int end = from + S.loopBound(to - from);
        FloatVector one = FloatVector.broadcast(S, 1f), half = FloatVector.broadcast(S, 0.5f);
        FloatVector p3 = FloatVector.broadcast(S, 1.421413741f), p2 = FloatVector.broadcast(S, -0.284496736f);
        FloatVector p1 = FloatVector.broadcast(S, 0.254829592f);
        for (int e = from; e < end; e += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, e);
            FloatVector t = one.div(v.abs().mul(0.3275911f * 0.70710678f).add(1f));
            FloatVector poly = t.mul(1.061405429f).add(-1.453152027f).fma(t, p3).fma(t, p2).fma(t, p1);
            FloatVector tail = t.mul(poly).mul(FloatVector.fromArray(S, gauss, e)).mul(0.5f);
            IntVector sign = v.reinterpretAsInts().and(SIGN_BIT); // Φ = ½ ± (½ − tail) by the sign of x
            half.sub(tail).reinterpretAsInts().lanewise(VectorOperators.XOR, sign).reinterpretAsFloats().add(half)
                    .intoArray(cdf, e);
        }
        return end;
    }
}
