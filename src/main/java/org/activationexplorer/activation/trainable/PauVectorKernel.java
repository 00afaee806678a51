package org.activationexplorer.activation.trainable;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * PAU's backward on the Vector API (loaded only when the module is present): the JIT did not vectorise the
 * scalar loop (6 ns per element for dx alone, 3 ns for the ten sums); here both run 16 lanes at a time.
 * Same arithmetic as Pau.backwardRange; the scalar tail is left to the caller.
 */
final class PauVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private PauVectorKernel() {}

    /** Elements [from, end) where end − from is a multiple of the vector length; returns end. */
    static int backward(float[] x, float[] dy, float[] dx, int from, int to, float[] t, int o, double[] acc) {
        int end = from + S.loopBound(to - from);
        float a0 = t[o], a1 = t[o + 1], a2 = t[o + 2], a3 = t[o + 3], a4 = t[o + 4], a5 = t[o + 5];
        float b1 = Math.abs(t[o + 6]), b2 = Math.abs(t[o + 7]), b3 = Math.abs(t[o + 8]), b4 = Math.abs(t[o + 9]);
        FloatVector zero = FloatVector.zero(S);
        FloatVector sa0 = zero, sa1 = zero, sa2 = zero, sa3 = zero, sa4 = zero, sa5 = zero;
        FloatVector sb1 = zero, sb2 = zero, sb3 = zero, sb4 = zero;
        int sinceFlush = 0;
        for (int e = from; e < end; e += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, e), ax = v.abs();
            FloatVector p = v.fma(a5, a4).fma(v, FloatVector.broadcast(S, a3)).fma(v, FloatVector.broadcast(S, a2))
                    .fma(v, FloatVector.broadcast(S, a1)).fma(v, FloatVector.broadcast(S, a0));
            FloatVector q = ax.fma(b4, b3).fma(ax, FloatVector.broadcast(S, b2)).fma(ax, FloatVector.broadcast(S, b1))
                    .fma(ax, FloatVector.broadcast(S, 1f));
            FloatVector gp = FloatVector.fromArray(S, dy, e).div(q);
            FloatVector gq = gp.mul(p.div(q)).neg();
            FloatVector dp = v.mul(5 * a5).add(4 * a4).fma(v, FloatVector.broadcast(S, 3 * a3))
                    .fma(v, FloatVector.broadcast(S, 2 * a2)).fma(v, FloatVector.broadcast(S, a1));
            FloatVector sign = v.div(ax.add(1e-30f));
            FloatVector dq = ax.mul(4 * b4).add(3 * b3).fma(ax, FloatVector.broadcast(S, 2 * b2))
                    .fma(ax, FloatVector.broadcast(S, b1)).mul(sign);
            gp.mul(dp).add(gq.mul(dq)).intoArray(dx, e);
            FloatVector v2 = v.mul(v), ax2 = ax.mul(ax);
            sa0 = sa0.add(gp);
            sa1 = gp.fma(v, sa1);
            sa2 = gp.fma(v2, sa2);
            sa3 = gp.fma(v2.mul(v), sa3);
            sa4 = gp.fma(v2.mul(v2), sa4);
            sa5 = gp.fma(v2.mul(v2).mul(v), sa5);
            sb1 = gq.fma(ax, sb1);
            sb2 = gq.fma(ax2, sb2);
            sb3 = gq.fma(ax2.mul(ax), sb3);
            sb4 = gq.fma(ax2.mul(ax2), sb4);
            if (++sinceFlush == 16 || e + S.length() >= end) { // float lanes over ≤ 256 elements, then double
                acc[0] += sa0.reduceLanes(VectorOperators.ADD);
                acc[1] += sa1.reduceLanes(VectorOperators.ADD);
                acc[2] += sa2.reduceLanes(VectorOperators.ADD);
                acc[3] += sa3.reduceLanes(VectorOperators.ADD);
                acc[4] += sa4.reduceLanes(VectorOperators.ADD);
                acc[5] += sa5.reduceLanes(VectorOperators.ADD);
                acc[6] += sb1.reduceLanes(VectorOperators.ADD);
                acc[7] += sb2.reduceLanes(VectorOperators.ADD);
                acc[8] += sb3.reduceLanes(VectorOperators.ADD);
                acc[9] += sb4.reduceLanes(VectorOperators.ADD);
                sa0 = sa1 = sa2 = sa3 = sa4 = sa5 = sb1 = sb2 = sb3 = sb4 = zero;
                sinceFlush = 0;
            }
        }
        return end;
    }
}
