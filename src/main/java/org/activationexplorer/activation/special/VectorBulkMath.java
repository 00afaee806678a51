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
}
