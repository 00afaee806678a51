package org.activationexplorer.activation.special;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * MittagLeffler.logE for many arguments at once, in double on the Vector API (loaded only when the module is
 * present): the four Horner chains run in lanes, each group of lanes summing as many terms as its largest
 * argument needs (more terms only add digits), and lanes past the series' range take the asymptotic form. The
 * same formulas as logE, which serves the tail and is the reference in the tests. Two small loops, no vector
 * helpers (see docs/decisions/0003).
 */
final class MittagLefflerSeriesKernel {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    private MittagLefflerSeriesKernel() {}

    static int lanes() {
        return D.length();
    }

    /** The series sums Σ c_k z^k and its three companions, for e in [from, end), end − from a multiple of lanes(). */
    static void sums(MittagLeffler.Series s, double[] z, int from, int end, double[] sum, double[] dz, double[] da,
                     double[] db) {
        int lanes = D.length();
        for (int e = from; e < end; e += lanes) {
            int n = 1;
            for (int l = 0; l < lanes; l++) {
                double zl = z[e + l];
                n = Math.max(n, zl > 0 ? s.terms(Math.min(zl, s.zSwitch)) : 1);
            }
            DoubleVector x = DoubleVector.fromArray(D, z, e);
            DoubleVector total = DoubleVector.broadcast(D, s.c[n - 1]), slope = DoubleVector.zero(D);
            DoubleVector alpha = DoubleVector.broadcast(D, s.kpc[n - 1]), beta = DoubleVector.broadcast(D, s.pc[n - 1]);
            for (int k = n - 2; k >= 0; k--) {
                slope = slope.fma(x, DoubleVector.broadcast(D, s.kc[k + 1]));
                total = total.fma(x, DoubleVector.broadcast(D, s.c[k]));
                alpha = alpha.fma(x, DoubleVector.broadcast(D, s.kpc[k]));
                beta = beta.fma(x, DoubleVector.broadcast(D, s.pc[k]));
            }
            total.intoArray(sum, e);
            slope.intoArray(dz, e);
            alpha.intoArray(da, e);
            beta.intoArray(db, e);
        }
    }

    /**
     * From the sums (in the output arrays, overwritten): log E, ∂ log E/∂z, ∂α, ∂β, with the asymptotic form
     * where z > zSwitch.
     */
    static void logs(MittagLeffler.Series s, double[] z, int from, int end, double[] value, double[] dz, double[] da,
                     double[] db) {
        double a = s.alpha, b = s.beta, lnAlpha = Math.log(a);
        for (int e = from; e < end; e += D.length()) {
            DoubleVector x = DoubleVector.fromArray(D, z, e), total = DoubleVector.fromArray(D, value, e);
            VectorMask<Double> far = x.compare(VectorOperators.GT, s.zSwitch);
            DoubleVector lnz = x.lanewise(VectorOperators.LOG), root = lnz.mul(1 / a).lanewise(VectorOperators.EXP);
            total.lanewise(VectorOperators.LOG).blend(lnz.mul((1 - b) / a).add(root).sub(lnAlpha), far)
                    .intoArray(value, e);
            DoubleVector.fromArray(D, dz, e).div(total).blend(root.mul(1 / a).add((1 - b) / a).div(x), far)
                    .intoArray(dz, e);
            DoubleVector.fromArray(D, da, e).div(total).blend(lnz.mul(-(1 - b) / (a * a)).sub(root.mul(lnz)
                    .mul(1 / (a * a))).sub(1 / a), far).intoArray(da, e);
            DoubleVector.fromArray(D, db, e).div(total).blend(lnz.mul(-1 / a), far).intoArray(db, e);
        }
    }
}
