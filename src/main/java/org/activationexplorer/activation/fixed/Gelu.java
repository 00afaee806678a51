package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Erf;

/**
 * GELU, exact erf form (Hendrycks and Gimpel 2016, arXiv 1606.08415): f = x·Φ(x); f′ = Φ(x) + x·φ(x)
 * (spec §9). value()/derivative() use an erf accurate to 1e-15; the float loops use Abramowitz–Stegun
 * 7.1.26 (|error| ≤ 1.5e-7) with e^{−x²/2} computed in bulk, since the accurate erf is an iterative continued
 * fraction, far too slow per element.
 */
public final class Gelu extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("gelu", "GELU", "f(x) = x·Φ(x) = ½x(1 + erf(x/√2))",
            "Hendrycks, Gimpel: Gaussian Error Linear Units (GELUs), 2016, arXiv 1606.08415",
            (p, i, s, c) -> new Gelu());
    private static final double INV_SQRT2 = Math.sqrt(0.5);
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
            y[i] = x[i] * normalCdf(x[i], g[i]);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        int n = shape.size();
        float[] g = gaussians(x, n);
        for (int i = 0; i < n; i++) {
            dx[i] = dy[i] * (normalCdf(x[i], g[i]) + x[i] * INV_SQRT_2PI * g[i]);
        }
    }

    /** Φ(x) by A&S 7.1.26 given gauss = e^{−x²/2}: erfc(z) ≈ t·P(t)·e^{−z²}, t = 1/(1 + pz), |error| ≤ 7.5e-8. */
    private static float normalCdf(float x, float gauss) {
        float t = 1 / (1 + 0.3275911f * Math.abs(x) * (float) INV_SQRT2);
        float half = 0.5f * t * (0.254829592f + t * (-0.284496736f + t * (1.421413741f + t * (-1.453152027f
                + t * 1.061405429f)))) * gauss;
        return 0.5f + x / (Math.abs(x) + 1e-30f) * (0.5f - half); // 1 − half for x > 0, half below: no branch
    }

    /** Φ(x) from A&S 7.1.26 (Erf.fastErf); absolute error ≤ 7.5e-8. */
    static double fastNormalCdf(double x) {
        double erfc = 1 - Erf.fastErf(Math.abs(x) * INV_SQRT2);
        return x >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
    }
}
