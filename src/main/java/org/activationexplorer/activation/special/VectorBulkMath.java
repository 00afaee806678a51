package org.activationexplorer.activation.special;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** BulkMath on the Vector API; loaded only when the module is present. */
final class VectorBulkMath implements BulkMath.Kernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    @Override
    public void exp(float[] x, float scale, float[] y, int from, int to) {
        int e = from;
        for (int end = from + S.loopBound(to - from); e < end; e += S.length()) {
            FloatVector.fromArray(S, x, e).mul(scale).lanewise(VectorOperators.EXP).intoArray(y, e);
        }
        for (; e < to; e++) {
            y[e] = (float) Math.exp(scale * x[e]);
        }
    }

    @Override
    public void tanh(float[] x, float[] y, int from, int to) {
        int e = from;
        for (int end = from + S.loopBound(to - from); e < end; e += S.length()) {
            FloatVector.fromArray(S, x, e).lanewise(VectorOperators.TANH).intoArray(y, e);
        }
        for (; e < to; e++) {
            y[e] = (float) Math.tanh(x[e]);
        }
    }

    @Override
    public void log1p(float[] x, float[] y, int from, int to) {
        int e = from;
        for (int end = from + S.loopBound(to - from); e < end; e += S.length()) {
            FloatVector.fromArray(S, x, e).lanewise(VectorOperators.LOG1P).intoArray(y, e);
        }
        for (; e < to; e++) {
            y[e] = (float) Math.log1p(x[e]);
        }
    }

    /** Erf.erf(u, w) in lanes: the same series below 1e-3 and A&S 7.1.26 above, chosen by a blend. */
    @Override
    public void erf(float[] u, float[] w, int wAt, float[] y, int yAt, int from, int to) {
        int e = from;
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int end = from + S.loopBound(to - from); e < end; e += S.length()) {
            FloatVector v = FloatVector.fromArray(S, u, e), t = one.div(v.mul(0.3275911f).add(1f));
            FloatVector poly = t.mul(1.061405429f).add(-1.453152027f).fma(t, FloatVector.broadcast(S, 1.421413741f))
                    .fma(t, FloatVector.broadcast(S, -0.284496736f)).fma(t, FloatVector.broadcast(S, 0.254829592f));
            FloatVector complement = t.mul(poly).mul(FloatVector.fromArray(S, w, wAt + e));
            complement.neg().add(1f).blend(v.mul(1.1283791670955126f), v.compare(VectorOperators.LT, 1e-3f))
                    .intoArray(y, yAt + e);
        }
        for (; e < to; e++) {
            y[yAt + e] = Erf.erf(u[e], w[wAt + e]);
        }
    }
}
