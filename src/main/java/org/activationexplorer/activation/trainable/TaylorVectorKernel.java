package org.activationexplorer.activation.trainable;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Taylor's parameter sums Σ dy·u^k on the Vector API (loaded only when the module is present): a float sum
 * is a reduction the JIT will not reorder, so the scalar loop ran at ~4 ns per element; here 16 lanes at a
 * time, each lane summing at most 256 elements in float before the total goes to double, as the scalar path.
 */
final class TaylorVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private TaylorVectorKernel() {}

    /**
     * acc[k] += Σ dy[e]·p[e] for e in [from, end), then p[e] *= u[e] (p at buffer[pw + e]); end − from is the
     * largest multiple of the vector length; returns end.
     */
    static int powerSum(float[] dy, float[] buffer, int pw, float[] u, int from, int to, double[] acc, int k) {
        int end = from + S.loopBound(to - from);
        FloatVector sum = FloatVector.zero(S);
        double total = 0;
        int sinceFlush = 0;
        for (int e = from; e < end; e += S.length()) {
            FloatVector p = FloatVector.fromArray(S, buffer, pw + e);
            sum = FloatVector.fromArray(S, dy, e).fma(p, sum);
            p.mul(FloatVector.fromArray(S, u, e)).intoArray(buffer, pw + e);
            if (++sinceFlush == 16) {
                total += sum.reduceLanes(VectorOperators.ADD);
                sum = FloatVector.zero(S);
                sinceFlush = 0;
            }
        }
        acc[k] += total + sum.reduceLanes(VectorOperators.ADD);
        return end;
    }
}
