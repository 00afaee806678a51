package org.activationexplorer.activation.special;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Cpab1d.transform for many points at once, in double on the Vector API (loaded only when the module is present):
 * each lane follows its own trajectory through the cells, the lanes still crossing a boundary masked, until none
 * is (at most nc rounds); log, exp and expm1 are the Vector API's (SVML) kernels. The same steps and guards as the
 * scalar transform, which serves the tail and is the reference in the tests.
 *
 * <p>Each lane's (a, b) is read lane by lane, not gathered: on JDK 17 a double gather shares its index check with
 * the float gathers of the activation kernels at another index width, and the polluted type profile sent every
 * gather in the program to the Java fallback (measured: DiTAC's forward 110 → 600 µs); a compare-and-blend pass
 * over the cells made this method too large for C2 to intrinsify all of it. No vector helpers either (a helper
 * compiled apart takes its vectors boxed).
 */
final class Cpab1dVectorKernel {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final double EPS = 1e-12;

    private Cpab1dVectorKernel() {}

    static int lanes() {
        return D.length();
    }

    /**
     * T(ξ) into t[at + e] and dT/dξ into slope[at + e] for e in [from, end), end − from a multiple of lanes();
     * startIndex[e] is the cell of ξ[e] (as Cpab1d.cellOf) as a double.
     */
    static void transforms(double[] xi, double[] startIndex, int from, int end, double[] field, int cells, double h,
                           double[] t, double[] slope, int at) {
        int lanes = D.length();
        double[] pa = new double[lanes], pb = new double[lanes], pc = new double[lanes];
        DoubleVector one = DoubleVector.broadcast(D, 1), zero = DoubleVector.zero(D), width = DoubleVector.broadcast(D, h);
        for (int e = from; e < end; e += lanes) {
            DoubleVector x0 = DoubleVector.fromArray(D, xi, e), xs = x0, time = one;
            DoubleVector first = DoubleVector.fromArray(D, startIndex, e), cell = first;
            cellFields(startIndex, e, field, pa, pb);
            DoubleVector a = DoubleVector.fromArray(D, pa, 0), b = DoubleVector.fromArray(D, pb, 0);
            DoubleVector a0 = a, b0 = b;
            for (int round = 0; round < cells; round++) {
                DoubleVector v = a.fma(xs, b);
                VectorMask<Double> right = v.compare(VectorOperators.GT, 0);
                DoubleVector next = cell.add(zero.sub(one).blend(one, right));
                DoubleVector boundary = cell.add(zero.blend(one, right)).mul(width);
                DoubleVector atBoundary = a.fma(boundary, b);
                // no lane can reach its boundary in the time left (on the way the speed is at most the larger of
                // its ends', v being affine): done, without the log and the divisions; the usual case for θ near 0
                if (boundary.sub(xs).abs().compare(VectorOperators.GT, v.abs().max(atBoundary.abs()).mul(time)
                        .mul(1 + 1e-9)).allTrue()) {
                    break;
                }
                DoubleVector flat = boundary.sub(xs).div(b), curved = atBoundary.div(v).lanewise(VectorOperators.LOG).div(a);
                DoubleVector hit = curved.blend(flat, a.abs().compare(VectorOperators.LT, EPS));
                VectorMask<Double> crossing = v.abs().compare(VectorOperators.GE, EPS)
                        .and(next.compare(VectorOperators.GE, 0)).and(next.compare(VectorOperators.LT, cells))
                        .and(atBoundary.mul(v).compare(VectorOperators.GT, 0)).and(hit.compare(VectorOperators.LT, time));
                if (!crossing.anyTrue()) {
                    break;
                }
                time = time.blend(time.sub(hit), crossing);
                xs = xs.blend(boundary, crossing);
                cell = cell.blend(next, crossing);
                cell.intoArray(pc, 0);
                cellFields(pc, 0, field, pa, pb);
                a = DoubleVector.fromArray(D, pa, 0);
                b = DoubleVector.fromArray(D, pb, 0);
            }
            DoubleVector rate = a.mul(time), growth = rate.lanewise(VectorOperators.EXP);
            DoubleVector result = growth.mul(xs).add(b.div(a).mul(rate.lanewise(VectorOperators.EXPM1)))
                    .blend(b.fma(time, xs), a.abs().compare(VectorOperators.LT, EPS));
            result.intoArray(t, at + e);
            DoubleVector moved = a.fma(result, b).div(a0.fma(x0, b0));
            growth.blend(moved, cell.compare(VectorOperators.NE, first)).intoArray(slope, at + e);
        }
    }

    /**
     * sum[r] += Σ_e weight[weightAt + e]·∂T/∂A_r(ξ[e]) for e in [from, end), end − from a multiple of lanes(), as
     * Cpab1d.transform's dA; lanes of zero weight are followed too (all-zero groups are skipped). The transcendental
     * work runs in lanes; each lane's few contributions (its final cell, the cells it crossed) are added by hand.
     */
    static void weightedGradients(double[] xi, double[] startIndex, double[] weight, int weightAt, int from, int end,
                                  double[] field, int cells, double h, double[] sum) {
        int lanes = D.length();
        double[] pa = new double[lanes], pb = new double[lanes], pc = new double[lanes], pw = new double[lanes];
        double[] finalA = new double[lanes], finalB = new double[lanes], velocity = new double[lanes];
        double[][] leftCell = new double[cells][lanes], hitA = new double[cells][lanes], hitB = new double[cells][lanes];
        DoubleVector one = DoubleVector.broadcast(D, 1), zero = DoubleVector.zero(D), width = DoubleVector.broadcast(D, h);
        for (int e = from; e < end; e += lanes) {
            boolean any = false;
            for (int l = 0; l < lanes; l++) {
                pw[l] = weight[weightAt + e + l];
                any |= pw[l] != 0;
            }
            if (!any) {
                continue;
            }
            DoubleVector xs = DoubleVector.fromArray(D, xi, e), time = one;
            DoubleVector cell = DoubleVector.fromArray(D, startIndex, e);
            cell.intoArray(pc, 0);
            cellFields(pc, 0, field, pa, pb);
            DoubleVector a = DoubleVector.fromArray(D, pa, 0), b = DoubleVector.fromArray(D, pb, 0);
            int rounds = 0;
            for (; rounds < cells; rounds++) {
                DoubleVector v = a.fma(xs, b);
                VectorMask<Double> right = v.compare(VectorOperators.GT, 0);
                DoubleVector next = cell.add(zero.sub(one).blend(one, right));
                DoubleVector boundary = cell.add(zero.blend(one, right)).mul(width);
                DoubleVector atBoundary = a.fma(boundary, b);
                // as in transforms: no lane can reach its boundary in the time left
                if (boundary.sub(xs).abs().compare(VectorOperators.GT, v.abs().max(atBoundary.abs()).mul(time)
                        .mul(1 + 1e-9)).allTrue()) {
                    break;
                }
                DoubleVector logRatio = atBoundary.div(v).lanewise(VectorOperators.LOG);
                VectorMask<Double> straight = a.abs().compare(VectorOperators.LT, EPS);
                DoubleVector hit = logRatio.div(a).blend(boundary.sub(xs).div(b), straight);
                VectorMask<Double> crossing = v.abs().compare(VectorOperators.GE, EPS)
                        .and(next.compare(VectorOperators.GE, 0)).and(next.compare(VectorOperators.LT, cells))
                        .and(atBoundary.mul(v).compare(VectorOperators.GT, 0)).and(hit.compare(VectorOperators.LT, time));
                if (!crossing.anyTrue()) {
                    break;
                }
                // ∂(hit time)/∂a, ∂b of the cell being left, as Cpab1d.transform (0 in lanes that stay)
                DoubleVector span = xs.sub(boundary), product = v.mul(atBoundary);
                DoubleVector dHitA = logRatio.neg().div(a.mul(a)).add(span.mul(b.neg()).div(a.mul(product)))
                        .blend(boundary.mul(boundary).sub(xs.mul(xs)).neg().div(b.mul(b).mul(2)), straight);
                zero.blend(dHitA, crossing).intoArray(hitA[rounds], 0);
                zero.blend(span.div(product), crossing).intoArray(hitB[rounds], 0);
                cell.intoArray(leftCell[rounds], 0);
                time = time.blend(time.sub(hit), crossing);
                xs = xs.blend(boundary, crossing);
                cell = cell.blend(next, crossing);
                cell.intoArray(pc, 0);
                cellFields(pc, 0, field, pa, pb);
                a = DoubleVector.fromArray(D, pa, 0);
                b = DoubleVector.fromArray(D, pb, 0);
            }
            DoubleVector rate = a.mul(time), grown = rate.lanewise(VectorOperators.EXPM1), growth = grown.add(1);
            VectorMask<Double> straight = a.abs().compare(VectorOperators.LT, EPS);
            DoubleVector result = growth.mul(xs).add(b.div(a).mul(grown)).blend(b.fma(time, xs), straight);
            a.fma(result, b).intoArray(velocity, 0); // v(T) in the final cell
            time.mul(growth).mul(xs.add(b.div(a))).sub(grown.mul(b).div(a.mul(a)))
                    .blend(time.mul(time).mul(b).mul(0.5).add(time.mul(xs)), straight).intoArray(finalA, 0);
            grown.div(a).blend(time, straight).intoArray(finalB, 0);
            for (int l = 0; l < lanes; l++) {
                double w = pw[l];
                int c = (int) pc[l];
                sum[2 * c] += w * finalA[l];
                sum[2 * c + 1] += w * finalB[l];
                double wv = w * velocity[l];
                for (int r = 0; r < rounds; r++) {
                    int k = (int) leftCell[r][l];
                    sum[2 * k] -= wv * hitA[r][l];
                    sum[2 * k + 1] -= wv * hitB[r][l];
                }
            }
        }
    }

    /** a[l], b[l] = the field's (a, b) of cell cells[at + l], lane by lane: a gather by hand (see the class comment). */
    private static void cellFields(double[] cells, int at, double[] field, double[] a, double[] b) {
        for (int l = 0; l < a.length; l++) {
            int k = (int) cells[at + l];
            a[l] = field[2 * k];
            b[l] = field[2 * k + 1];
        }
    }
}
