package org.activationexplorer.activation.trainable;

import java.util.stream.IntStream;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The DiTAC families' element loops on the Vector API (loaded only when the module is present), the same arithmetic
 * as DitacWarp's and Ditac's scalar loops: x̃ and x̃′ from the four gathered coefficients of the table's cubic on the
 * element's piece (index[e] = 4·piece, fraction[e] from TablePositions; the set's pieces start at base), backward's
 * grid weights from the same positions, and Φ by A&S 7.1.26 in vector form (the scalar loops use special/Erf's).
 * Forward computing x̃′ from the gathers it makes anyway spared backward three gathers per element (measured: a
 * layer's backward on 128×256 inputs 83–102 → 43–48 µs with the grid weights below). Each loop is its own small method, and none calls a helper that takes or returns
 * vectors: C2 left vector operations unintrinsified when one method held them all, and once such a helper was
 * compiled on its own it stopped being inlined, so its vectors were boxed and every operation ran the slow Java
 * fallback (measured: late in training, DiTAC's forward at half speed). Shared intermediate values go through
 * scratch arrays instead, and special/KernelInlining keeps callers from inlining these methods. Each covers the largest multiple of the vector length in [from, to); the tail is the
 * caller's.
 */
final class DitacVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final int SIGN_BIT = 0x80000000, ONE_BITS = Float.floatToRawIntBits(1f);
    private static final int[] LANES = IntStream.range(0, I.length()).toArray(); // 0, 1, 2, …

    private DitacVectorKernel() {}

    /**
     * inside[e] = 1 where lo ≤ x ≤ lo + width, else 0 (from the sign bits of x − lo and lo + width − x: no compare, no
     * branch); warped[e] = x̃: lo + width·T(u) inside, x outside; and warpedSlope[e] = x̃′: T′(u) inside, 1 outside,
     * T′ from the same four coefficients (dT/du = (c₁ + 2c₂s + 3c₃s²)·intervals), for e in [from, end).
     */
    static void warp(float[] x, float[] cubic, int base, int intervals, int[] index, float[] fraction, float[] inside,
                     float[] warped, float[] warpedSlope, int from, int end, float lo, float width) {
        FloatVector top = FloatVector.broadcast(S, lo + width), one = FloatVector.broadcast(S, 1f);
        for (int e = from; e < end; e += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, e), t = FloatVector.fromArray(S, fraction, e);
            IntVector outside = v.sub(lo).reinterpretAsInts().or(top.sub(v).reinterpretAsInts())
                    .lanewise(VectorOperators.LSHR, 31); // 1 if either is negative
            FloatVector in = outside.sub(1).and(ONE_BITS).reinterpretAsFloats(); // 0 − 1 → 1.0f, 1 − 1 → 0.0f
            in.intoArray(inside, e);
            FloatVector c1 = FloatVector.fromArray(S, cubic, base + 1, index, e);
            FloatVector c2 = FloatVector.fromArray(S, cubic, base + 2, index, e);
            FloatVector c3 = FloatVector.fromArray(S, cubic, base + 3, index, e);
            FloatVector transformed = c3.fma(t, c2).fma(t, c1).fma(t, FloatVector.fromArray(S, cubic, base, index, e));
            transformed.mul(width).add(lo).sub(v).fma(in, v).intoArray(warped, e);
            FloatVector derivative = c3.mul(3f).fma(t, c2.mul(2f)).fma(t, c1).mul((float) intervals);
            derivative.sub(1f).fma(in, one).intoArray(warpedSlope, e);
        }
    }

    /**
     * For backward's ∂L/∂θ, from forward's table positions: each element's weight w = (b − a)·∂L/∂x̃ (0 outside
     * [a, b]) split onto the two grid points around it, low[e] = w·(1 − f) at slot[e] and high[e] = w·f at slot[e] + 1,
     * the grid having half the table's intervals (piece j lies in grid interval j/2, at f = (j mod 2 + s)/2); elements
     * outside get a spare slot pair past the grid, spare + 2·(e mod 16) (see DitacWarp.addWarpGradient).
     */
    static void gridWeights(int[] index, float[] fraction, float[] inside, float[] gradient, float width, int spare,
                            int[] slot, float[] low, float[] high, int from, int end) {
        IntVector lane = IntVector.fromArray(I, LANES, 0);
        for (int e = from; e < end; e += S.length()) {
            IntVector j = IntVector.fromArray(I, index, e), in = FloatVector.fromArray(S, inside, e).reinterpretAsInts()
                    .lanewise(VectorOperators.LSHR, 23).and(1); // 1.0f → 1, 0.0f → 0
            IntVector spareSlot = lane.add(e).and(15).mul(2).add(spare);
            j.lanewise(VectorOperators.LSHR, 3).sub(spareSlot).mul(in).add(spareSlot).intoArray(slot, e);
            FloatVector odd = j.lanewise(VectorOperators.LSHR, 2).and(1).mul(ONE_BITS).reinterpretAsFloats();
            FloatVector f = odd.add(FloatVector.fromArray(S, fraction, e)).mul(0.5f);
            FloatVector w = FloatVector.fromArray(S, gradient, e).mul(width).mul(in.mul(ONE_BITS).reinterpretAsFloats());
            FloatVector wf = w.mul(f);
            wf.intoArray(high, e);
            w.sub(wf).intoArray(low, e);
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
