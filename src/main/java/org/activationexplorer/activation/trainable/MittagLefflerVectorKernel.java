package org.activationexplorer.activation.trainable;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The tabulated Mittag-Leffler gate on the Vector API (loaded only when the module is present): each interval's
 * cubic is gathered 16 lanes at a time from the float table (index[e] = 4·interval and fraction[e] from
 * TablePositions). The twin of MittagLefflerGated's scalar loop, the same arithmetic; the caller fixes up
 * arguments past the table and leaves the tail to that loop.
 */
final class MittagLefflerVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private MittagLefflerVectorKernel() {}

    /**
     * y = xᵖ·(c₀ + c₁·sign(u)·G(|u|)) for e in [from, end), end − from a multiple of the vector length, with the gate's
     * argument u = s·arg[e], and slope[e] = dy/dx there (the same four coefficients give G′; du/dx is s, or du[e]
     * when du is given), for the backward that follows.
     */
    static void forward(float[] x, float[] arg, float[] du, float[] table, int[] index, float[] fraction, float[] y,
                        float[] slope, int from, int end, boolean linear, float s, float c0, float c1) {
        FloatVector chain = FloatVector.broadcast(S, GateTable.INVERSE_STEP * c1 * s);
        for (int e = from; e < end; e += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, e), t = FloatVector.fromArray(S, fraction, e);
            FloatVector a1 = FloatVector.fromArray(S, table, 1, index, e), a2 = FloatVector.fromArray(S, table, 2, index, e);
            FloatVector a3 = FloatVector.fromArray(S, table, 3, index, e);
            FloatVector g = a3.fma(t, a2).fma(t, a1).fma(t, FloatVector.fromArray(S, table, 0, index, e));
            FloatVector gPrime = a3.mul(3f).fma(t, a2.mul(2f)).fma(t, a1)
                    .mul(du == null ? chain : FloatVector.fromArray(S, du, e).mul(GateTable.INVERSE_STEP * c1));
            FloatVector gate = g.lanewise(VectorOperators.NEG, FloatVector.fromArray(S, arg, e).compare(
                    VectorOperators.LT, 0f)); // G·sign(u), s > 0
            FloatVector outer = gate.mul(c1).add(c0);
            if (linear) {
                outer.mul(v).intoArray(y, e);
                outer.add(v.mul(gPrime)).intoArray(slope, e);
            } else {
                outer.intoArray(y, e);
                gPrime.intoArray(slope, e);
            }
        }
    }

    /**
     * weight[e] = sign(u)·c₁·dy·xᵖ for the moments of backward's θ gradient, 0 where |u| = |s·arg[e]| reaches the
     * limit (or is NaN), for e in [from, end), end − from a multiple of the vector length; returns whether any did.
     */
    static boolean weights(float[] x, float[] arg, float[] dy, float[] weight, int from, int end, boolean linear,
                           float s, float c1, float limit) {
        boolean past = false;
        FloatVector zero = FloatVector.zero(S);
        for (int e = from; e < end; e += S.length()) {
            FloatVector u = FloatVector.fromArray(S, arg, e).mul(s), w = FloatVector.fromArray(S, dy, e).mul(c1);
            if (linear) {
                w = w.mul(FloatVector.fromArray(S, x, e));
            }
            VectorMask<Float> within = u.abs().compare(VectorOperators.LT, limit);
            past |= !within.allTrue();
            zero.blend(w.lanewise(VectorOperators.NEG, u.compare(VectorOperators.LT, 0f)), within).intoArray(weight, e);
        }
        return past;
    }

    /** Whether some |s·arg[e]|, e in [from, end) (a multiple of the vector length), reaches the limit or is NaN. */
    static boolean anyPast(float[] arg, int from, int end, float s, float limit) {
        boolean past = false;
        for (int e = from; e < end; e += S.length()) {
            past |= !FloatVector.fromArray(S, arg, e).mul(s).abs().compare(VectorOperators.LT, limit).allTrue();
        }
        return past;
    }
}
