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

    /** φ(x) = e^{−x²/2}/√(2π). */
    public static double normalPdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }
}
