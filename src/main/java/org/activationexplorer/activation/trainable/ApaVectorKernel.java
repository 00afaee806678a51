package org.activationexplorer.activation.trainable;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * APA's backward on the Vector API (loaded only when the module is present): its λ and κ sums are float reductions,
 * which the JIT does not vectorise. The same arithmetic as Apa.backwardRange, from the gate computed in bulk
 * (e = e^{−κz}, logs = ln(1 + λe), p), the sums in float lanes over at most 256 elements each, then double. The
 * scalar tail is left to the caller.
 */
final class ApaVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private ApaVectorKernel() {}

    /**
     * Elements [from, end), end − from the largest multiple of the vector length; acc[0] += the λ sum (when λ is
     * free: above its clamp), acc[1] += the κ sum. Returns end.
     */
    static int backward(float[] x, float[] dy, float[] dx, float[] e, float[] logs, float[] p, int from, int to,
                        float lambda, float kappa, boolean lambdaFree, double[] acc) {
        int end = from + S.loopBound(to - from), lanes = S.length();
        FloatVector zero = FloatVector.zero(S), one = FloatVector.broadcast(S, 1f);
        FloatVector gl = zero, gk = zero;
        int sinceFlush = 0;
        for (int i = from; i < end; i += lanes) {
            FloatVector z = FloatVector.fromArray(S, x, i), g = FloatVector.fromArray(S, dy, i);
            FloatVector gate = FloatVector.fromArray(S, p, i), zp = z.mul(gate);
            FloatVector q = one.div(one.div(FloatVector.fromArray(S, e, i)).add(lambda)); // 1/λ where e = ∞
            g.mul(zp.mul(q).mul(kappa).add(gate)).intoArray(dx, i);
            gk = g.mul(z).mul(zp).fma(q, gk);
            FloatVector term = FloatVector.fromArray(S, logs, i).mul(1 / (lambda * lambda)).sub(q.mul(1 / lambda));
            gl = zero.blend(g.mul(zp).mul(term), gate.compare(VectorOperators.GT, 0f)).add(gl); // 0 where p underflowed
            if (++sinceFlush == 16 || i + lanes >= end) {
                acc[0] += lambdaFree ? gl.reduceLanes(VectorOperators.ADD) : 0;
                acc[1] += gk.reduceLanes(VectorOperators.ADD);
                gl = gk = zero;
                sinceFlush = 0;
            }
        }
        return end;
    }
}
