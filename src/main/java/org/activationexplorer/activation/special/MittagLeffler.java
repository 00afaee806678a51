package org.activationexplorer.activation.special;

/**
 * The two-parameter Mittag-Leffler function E_{α,β}(z) = Σ_k z^k/Γ(αk + β) for z ≥ 0, α in [0.25, 3],
 * β > 0 (spec §3.1, §3.6), as log E and its partial derivatives in z, α and β.
 *
 * <p>Where z^{1/α} ≤ 40 the series is summed by Horner from precomputed coefficients 1/Γ(αk+β) and
 * digamma values ψ(αk+β) (all terms are positive for z ≥ 0, so there is no cancellation); beyond, the
 * asymptotic form log E = −ln α + ((1−β)/α)·ln z + z^{1/α}, whose neglected terms are below e^{−40} relative
 * for α < 4. ∂E/∂β = −Σ ψ(αk+β)·z^k/Γ(αk+β); ∂E/∂α = −Σ k·ψ(αk+β)·z^k/Γ(αk+β).
 */
public final class MittagLeffler {
    public static final double MIN_ALPHA = 0.25;
    public static final double MAX_ALPHA = 3;
    public static final double MIN_BETA = 0.1;
    public static final double MAX_BETA = 5;
    private static final double SWITCH = 40; // z^{1/α} beyond which the asymptotic form is used
    private static final int MIN_EXPONENT = -40; // below 2^−40, z needs as many terms as at 2^−40 (a handful)

    /** Series coefficients for one (α, β); immutable but for a cache of term counts (see terms). */
    public static final class Series {
        final double alpha;
        final double beta;
        final double[] c;   // 1/Γ(αk+β)
        final double[] kc;  // k/Γ(αk+β)
        final double[] pc;  // −ψ(αk+β)/Γ(αk+β)
        final double[] kpc; // −k·ψ(αk+β)/Γ(αk+β)
        final double zSwitch; // 40^α: the series serves z up to here, the asymptotic form beyond
        final int[] termsByExponent; // terms for z in [2^e, 2^{e+1}), e = MIN_EXPONENT…, so logE needs no pow per call

        public Series(double alpha, double beta) {
            this.alpha = alpha;
            this.beta = beta;
            // as many as logE asks for at the largest series argument, z^{1/α} = 40 (see there)
            int terms = (int) Math.ceil(Math.pow(2, 1 / alpha) * SWITCH / alpha) + 42;
            c = new double[terms];
            kc = new double[terms];
            pc = new double[terms];
            kpc = new double[terms];
            double[] lnGamma = new double[terms], digamma = new double[terms];
            GammaProgression.fill(alpha, beta, lnGamma, digamma);
            for (int k = 0; k < terms; k++) {
                double inverseGamma = Math.exp(-lnGamma[k]), psi = digamma[k];
                c[k] = inverseGamma;
                kc[k] = k * inverseGamma;
                pc[k] = -psi * inverseGamma;
                kpc[k] = -k * psi * inverseGamma;
            }
            zSwitch = Math.pow(SWITCH, alpha);
            int buckets = Math.getExponent(zSwitch) - MIN_EXPONENT + 1;
            termsByExponent = new int[Math.max(1, buckets)]; // filled as asked: a table's z use ~20 of ~50 buckets
        }

        /**
         * Past k0 with (α·k0)^α ≥ 2z the term ratio z/(αk)^α is at most r ≤ ½ and keeps falling, so
         * ⌈40/log₂(1/r)⌉ more terms reach 2^−40 of the last one (about 1e-12 of the peak, i.e. of the sum).
         */
        private static int termsFor(double z, double alpha, int available) {
            double k0 = Math.max(1, Math.ceil(Math.pow(2 * z, 1 / alpha) / alpha));
            double r = z / Math.pow(alpha * k0, alpha);
            return (int) Math.min(available, k0 + Math.ceil(40 / (Math.log(1 / r) / Math.log(2))) + 1);
        }

        /**
         * Terms for z, by z's power of two. A bucket is worked out the first time it is asked for (two pow and two
         * log: all ~50 of them took half of a series' build, which the gate repeats every training step); threads
         * that race on one compute the same int, so the cache needs no lock (as String.hashCode).
         */
        int terms(double z) {
            int b = Math.max(0, Math.min(Math.getExponent(z) - MIN_EXPONENT, termsByExponent.length - 1));
            int n = termsByExponent[b];
            if (n == 0) {
                n = termsFor(Math.scalb(1.0, MIN_EXPONENT + b + 1), alpha, c.length); // the bucket's top
                termsByExponent[b] = n;
            }
            return n;
        }

        public double alpha() {
            return alpha;
        }

        public double beta() {
            return beta;
        }
    }

    private MittagLeffler() {}

    /**
     * out[0] = log E_{α,β}(z), out[1] = ∂ log E/∂z, out[2] = ∂ log E/∂α, out[3] = ∂ log E/∂β, for z ≥ 0.
     * out [written] (4).
     */
    public static void logE(Series s, double z, double[] out) {
        logE(s, z, out, true);
    }

    /** As logE, or only out[0] when derivatives is false (a quarter of the work). */
    public static void logE(Series s, double z, double[] out, boolean derivatives) {
        double alpha = s.alpha, beta = s.beta;
        if (z > s.zSwitch) {
            double lnz = Math.log(z), root = Math.exp(lnz / alpha); // z^{1/α}
            out[0] = -Math.log(alpha) + (1 - beta) / alpha * lnz + root;
            if (!derivatives) {
                return;
            }
            out[1] = ((1 - beta) / alpha + root / alpha) / z;
            out[2] = -1 / alpha - (1 - beta) / (alpha * alpha) * lnz - root * lnz / (alpha * alpha);
            out[3] = -lnz / alpha;
            return;
        }
        int n = z > 0 ? s.terms(z) : 1;
        if (!derivatives) {
            double sum = s.c[n - 1];
            for (int k = n - 2; k >= 0; k--) {
                sum = sum * z + s.c[k];
            }
            out[0] = Math.log(sum);
            return;
        }
        double sum = s.c[n - 1], dz = 0, da = s.kpc[n - 1], db = s.pc[n - 1];
        for (int k = n - 2; k >= 0; k--) {
            dz = dz * z + s.kc[k + 1];
            sum = sum * z + s.c[k];
            da = da * z + s.kpc[k];
            db = db * z + s.pc[k];
        }
        out[0] = Math.log(sum);
        out[1] = dz / sum;
        out[2] = da / sum;
        out[3] = db / sum;
    }

    private static final boolean VECTOR = VectorApi.PRESENT;

    /**
     * logE for z[e], e in [from, to), with derivatives: value[e] = log E, dz[e], dAlpha[e], dBeta[e] as out[0..3] of
     * logE. On the Vector API when present (for tables: a few hundred arguments per step).
     */
    public static void logEAll(Series s, double[] z, int from, int to, double[] value, double[] dz, double[] dAlpha,
                               double[] dBeta) {
        int e = from;
        if (VECTOR) {
            int end = from + (to - from) / MittagLefflerSeriesKernel.lanes() * MittagLefflerSeriesKernel.lanes();
            MittagLefflerSeriesKernel.sums(s, z, from, end, value, dz, dAlpha, dBeta);
            MittagLefflerSeriesKernel.logs(s, z, from, end, value, dz, dAlpha, dBeta);
            e = end;
        }
        double[] out = new double[4];
        for (; e < to; e++) {
            logE(s, z[e], out, true);
            value[e] = out[0];
            dz[e] = out[1];
            dAlpha[e] = out[2];
            dBeta[e] = out[3];
        }
    }

    /** E_{α,β}(z) for z ≥ 0 (for tests and one-off values; builds its coefficients each call). */
    public static double value(double alpha, double beta, double z) {
        double[] out = new double[4];
        logE(new Series(alpha, beta), z, out);
        return Math.exp(out[0]);
    }
}
