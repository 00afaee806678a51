package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.Erf;

/**
 * f(x) = −x·erf(e^{−x}), the best function found by the evolutionary search of Rahman et al. 2024.
 * With t = e^{−x}: f′ = −erf(t) + x·(2/√π)·t·e^{−t²}. For x → −∞, erf(t) → 1 and f ≈ −x; for x → +∞,
 * f ≈ −(2/√π)·x·e^{−x} → 0. t·e^{−t²} is taken as 0 once t is huge (x < −20), where it underflows anyway.
 */
public final class ErfExp extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("erf_exp", "−x·erf(e^−x)", "f(x) = −x·erf(e^(−x))",
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

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) {
            y[i] = (float) (-x[i] * Erf.fastErf(Math.exp(-x[i])));
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) {
            double v = x[i];
            dx[i] = (float) (dy[i] * (-Erf.fastErf(Math.exp(-v)) + v * TWO_OVER_SQRT_PI * gaussianTerm(v)));
        }
    }
}
