package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Erf;

/**
 * f(x) = −x·erf(e^{−x}), the best function found by the evolutionary search of Rahman et al. 2024.
 * With t = e^{−x}: f′ = −erf(t) + x·(2/√π)·t·e^{−t²}. For x → −∞, erf(t) → 1 and f ≈ −x; for x → +∞,
 * f ≈ −(2/√π)·x·e^{−x} → 0. t·e^{−t²} is taken as 0 once t is huge (x < −20), where it underflows anyway.
 */
public final class ErfExp extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("erf_exp", "EELU −x·erf(e^−x)", "f(x) = −x·erf(e^(−x))",
            "Rahman, He, Wang: Activation Function Optimization Scheme for Image Classification, 2024 "
                    + "(EELU, Exponential Error Linear Unit; the best function of its search)",
            (p, i, s, c) -> new ErfExp());
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double f(double x) {
        return -x * Erf.erf(Math.exp(-x));
    }

    @Override
    double df(double x) {
        return -Erf.erf(Math.exp(-x)) + x * TWO_OVER_SQRT_PI * gaussianTerm(x);
    }

    /** t·e^{−t²} with t = e^{−x}, zero where it underflows (and where t·0 would be ∞·0). */
    private static double gaussianTerm(double x) {
        if (x < -20) {
            return 0;
        }
        double t = Math.exp(-x);
        return t * Math.exp(-t * t);
    }

    /**
     * u = e^{−x} (∞ for x ≪ 0), w = e^{−u²} and erf(u) on [from, to), in three thirds of one scratch buffer; w is 0
     * past u² = 50 (x < −1.96), where erf(u) is 1 in float: left alone, e^{−u²} is a denormal float for x near −2.25,
     * a common input, and arithmetic on denormals is slow (BulkMath.gaussian). All three in bulk, so that the loops
     * below are plain arithmetic the JIT vectorises (with Erf.erf called per element they stayed scalar: ~0.8 of
     * ReLU's speed).
     */
    private float[] exps(float[] x, int n, int from, int to) {
        float[] t = scratch(3 * n);
        BulkMath.exp(x, -1f, t, from, to);
        System.arraycopy(t, from, t, n + from, to - from);
        BulkMath.gaussian(t, 1f, t, n + from, n + to);
        BulkMath.erf(t, t, n, t, 2 * n, from, to);
        return t;
    }

    @Override
    void prepare(int n) {
        scratch(3 * n); // grown here, before ranges run at once
    }

    @Override
    boolean splittable() {
        return true;
    }

    @Override
    void forwardRange(float[] x, float[] y, int n, int from, int to) {
        float[] t = exps(x, n, from, to);
        for (int i = from; i < to; i++) {
            y[i] = -x[i] * t[2 * n + i];
        }
    }

    /** u·e^{−u²} as min(u, 1e30)·w: 0 where u is huge (w is 0 there), never ∞·0. */
    @Override
    void backwardRange(float[] x, float[] dy, float[] dx, int n, int from, int to) {
        float[] t = exps(x, n, from, to);
        for (int i = from; i < to; i++) {
            float gauss = Math.min(t[i], 1e30f) * t[n + i];
            dx[i] = dy[i] * (-t[2 * n + i] + x[i] * (float) TWO_OVER_SQRT_PI * gauss);
        }
    }
}
