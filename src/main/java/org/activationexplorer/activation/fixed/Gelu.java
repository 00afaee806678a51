package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.Erf;

/**
 * GELU, exact erf form (Hendrycks and Gimpel 2016, arXiv 1606.08415): f = x·Φ(x); f′ = Φ(x) + x·φ(x)
 * (spec §9). value()/derivative() use an erf accurate to 1e-15; the float loops use Abramowitz–Stegun
 * 7.1.26 (|error| ≤ 1.5e-7), since the accurate erf is an iterative continued fraction, far too slow per element.
 */
public final class Gelu extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("gelu", "GELU", "f(x) = x·Φ(x) = ½x(1 + erf(x/√2))",
            (p, i, s, c) -> new Gelu());
    private static final double INV_SQRT2 = Math.sqrt(0.5);

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double f(double x) {
        return x * Erf.normalCdf(x);
    }

    @Override
    double df(double x) {
        return Erf.normalCdf(x) + x * Erf.normalPdf(x);
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) {
            y[i] = (float) (x[i] * fastNormalCdf(x[i]));
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) {
            double v = x[i];
            dx[i] = (float) (dy[i] * (fastNormalCdf(v) + v * Erf.normalPdf(v)));
        }
    }

    /** Φ(x) from A&S 7.1.26 (Erf.fastErf); absolute error ≤ 7.5e-8. */
    static double fastNormalCdf(double x) {
        double erfc = 1 - Erf.fastErf(Math.abs(x) * INV_SQRT2);
        return x >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
    }
}
