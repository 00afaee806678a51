package org.activationexplorer.activation.special;

/**
 * The error function and the standard normal density/CDF, in double, with relative error near 1e-16
 * (Apache Commons Math's continued-fraction erf, which is accurate but slow; callers in hot loops use
 * their own float approximations and are tested against this).
 */
public final class Erf {
    private static final double SQRT_HALF = Math.sqrt(0.5);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private Erf() {}

    public static double erf(double x) {
        return org.apache.commons.math3.special.Erf.erf(x);
    }

    /** Φ(x) = ½(1 + erf(x/√2)), via erfc for negative x so the left tail keeps its relative accuracy. */
    public static double normalCdf(double x) {
        return x < 0 ? 0.5 * org.apache.commons.math3.special.Erf.erfc(-x * SQRT_HALF) : 0.5 * (1 + erf(x * SQRT_HALF));
    }

    /**
     * erf(z) for z ≥ 0 by Abramowitz–Stegun 7.1.26, |error| ≤ 1.5e-7: for float loops, where the accurate
     * erf (an iterative continued fraction) would cost far more than the rest of the element's work.
     */
    public static double fastErf(double z) {
        if (z < 1e-3) { // the series 2/√π·(z − z³/3): A&S's absolute error would swamp erf's own size here
            return 1.1283791670955126 * z * (1 - z * z / 3);
        }
        double t = 1 / (1 + 0.3275911 * z);
        return 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
                * Math.exp(-z * z);
    }

    /** φ(x) = e^{−x²/2}/√(2π). */
    public static double normalPdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }
}
