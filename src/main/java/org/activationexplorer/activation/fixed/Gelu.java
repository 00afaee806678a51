package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Erf;

/**
 * GELU, exact erf form (Hendrycks and Gimpel 2016, arXiv 1606.08415): f = x·Φ(x); f′ = Φ(x) + x·φ(x)
 * (spec §9). value()/derivative() use an erf accurate to 1e-15; the float loops use the project's float Φ,
 * Erf.normalCdf(x, e^{−x²/2}) (Abramowitz–Stegun 7.1.26, |error| ≤ 7.5e-8), with e^{−x²/2} computed in bulk and
 * shared with φ, since the accurate erf is an iterative continued fraction, far too slow per element.
 */
public final class Gelu extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("gelu", "GELU", "f(x) = x·Φ(x) = ½x(1 + erf(x/√2))",
            "Hendrycks, Gimpel: Gaussian Error Linear Units (GELUs), 2016, arXiv 1606.08415",
            (p, i, s, c) -> new Gelu());
    private static final float INV_SQRT_2PI = (float) (1 / Math.sqrt(2 * Math.PI));

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

    /**
     * g[i] = e^{−x²/2} in bulk: both φ(x)·√(2π) and the e^{−z²} of A&S's erfc with z = |x|/√2; 0 past |x| = 10,
     * where Φ is then exactly 0 or 1 (BulkMath.gaussian: no denormal floats).
     */
    private float[] gaussians(float[] x, int n) {
        float[] g = scratch(n);
        BulkMath.gaussian(x, 0.5f, g, 0, n);
        return g;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        int n = shape.size();
        float[] g = gaussians(x, n);
        for (int i = 0; i < n; i++) {
            y[i] = x[i] * Erf.normalCdf(x[i], g[i]);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        int n = shape.size();
        float[] g = gaussians(x, n);
        for (int i = 0; i < n; i++) {
            dx[i] = dy[i] * (Erf.normalCdf(x[i], g[i]) + x[i] * INV_SQRT_2PI * g[i]);
        }
    }
}
