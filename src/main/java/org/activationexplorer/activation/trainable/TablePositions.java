package org.activationexplorer.activation.trainable;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Where elements fall in a table of uniform intervals, 16 lanes at a time (loaded only when the Vector API is
 * present), for the families that read tabulated functions: interval index and the fraction within it. On JDK 17
 * the Vector API's float-to-int conversion is not intrinsified (7 ns per element measured), so the index comes
 * from the rounding of a float add: r = (p − ½ + 1.5·2²³) − 1.5·2²³ is p − ½ rounded to an integer, whose bits
 * are in the sum's mantissa; t = p − r lies in [0, 1] (1 at exact integers, where adjacent pieces agree). Kept
 * apart from the loops that read the table: C2 left vector operations unintrinsified when both sat in one method.
 */
final class TablePositions {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final float MAGIC = 12582912f; // 1.5·2²³
    private static final int MAGIC_BITS = Float.floatToRawIntBits(MAGIC);

    private TablePositions() {}

    /** Where positions() stops for [from, to): the vector loops' end, past which the scalar tail starts. */
    static int end(int from, int to) {
        return from + S.loopBound(to - from);
    }

    /**
     * For e in [from, end): p = x·scale + offset (|x·scale| + offset when absolute), clamped to [0, intervals);
     * index[e] = stride·⌊p⌋ (NaN lands on a valid interval: callers treat such elements apart), fraction[e] = p − ⌊p⌋.
     * end − from is the largest multiple of the vector length; returns end.
     */
    static int positions(float[] x, float scale, float offset, boolean absolute, int intervals, int stride,
                         int[] index, float[] fraction, int from, int to) {
        int end = from + S.loopBound(to - from);
        float top = Math.nextDown((float) intervals);
        for (int e = from; e < end; e += S.length()) {
            FloatVector p = FloatVector.fromArray(S, x, e).mul(scale);
            if (absolute) {
                p = p.abs();
            }
            p = p.add(offset).max(0f).min(top);
            FloatVector r = p.sub(0.5f).add(MAGIC);
            IntVector i = ((IntVector) r.reinterpretAsInts()).sub(MAGIC_BITS).max(0).min(intervals - 1);
            i.mul(stride).intoArray(index, e);
            p.sub(r.sub(MAGIC)).intoArray(fraction, e);
        }
        return end;
    }
}
