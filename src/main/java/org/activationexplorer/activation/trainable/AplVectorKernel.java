package org.activationexplorer.activation.trainable;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * APL's backward on the Vector API (loaded only when the module is present): the hinges' parameter sums are float
 * reductions, which the JIT does not vectorise, so the scalar passes ran one lane at a time. Here one pass over
 * the elements, all hinges per 16 lanes, the sums in float lanes over at most 256 elements each, then double. The
 * same arithmetic as Apl.backwardRange; the scalar tail is left to the caller.
 */
final class AplVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private AplVectorKernel() {}

    static int lanes() {
        return S.length();
    }

    /**
     * Elements [from, end), end − from the largest multiple of the vector length; slopes a at t[o..], hinges b after.
     * sums (2·hinges·lanes(), zero) holds each hinge's two lane sums and is left zero.
     */
    static int backward(float[] x, float[] dy, float[] dx, int from, int to, float[] t, int o, int hinges, double[] acc,
                        float[] sums) {
        int end = from + S.loopBound(to - from), lanes = S.length();
        FloatVector zero = FloatVector.zero(S), one = FloatVector.broadcast(S, 1f);
        int sinceFlush = 0;
        for (int e = from; e < end; e += lanes) {
            FloatVector v = FloatVector.fromArray(S, x, e), g = FloatVector.fromArray(S, dy, e);
            FloatVector slope = v.mul(1e30f).max(zero).min(one); // 1 where x > 0 (x ≥ 1e-30), as Apl.positive
            for (int s = 0; s < hinges; s++) {
                float a = t[o + s];
                FloatVector gap = FloatVector.broadcast(S, t[o + hinges + s]).sub(v);
                FloatVector on = gap.mul(1e30f).max(zero).min(one);
                slope = on.mul(-a).add(slope);
                int at = 2 * s * lanes;
                g.fma(gap.max(zero), FloatVector.fromArray(S, sums, at)).intoArray(sums, at);
                g.fma(on, FloatVector.fromArray(S, sums, at + lanes)).intoArray(sums, at + lanes);
            }
            g.mul(slope).intoArray(dx, e);
            if (++sinceFlush == 16 || e + lanes >= end) {
                for (int s = 0; s < hinges; s++) {
                    int at = 2 * s * lanes;
                    acc[s] += FloatVector.fromArray(S, sums, at).reduceLanes(VectorOperators.ADD);
                    acc[hinges + s] += t[o + s] * FloatVector.fromArray(S, sums, at + lanes).reduceLanes(VectorOperators.ADD);
                    zero.intoArray(sums, at);
                    zero.intoArray(sums, at + lanes);
                }
                sinceFlush = 0;
            }
        }
        return end;
    }
}
