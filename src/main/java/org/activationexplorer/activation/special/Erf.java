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

    /**
     * erf(u) for u ≥ 0 in float given w = e^{−u²} (callers have it already, or share it with a density): the
     * series near 0, else A&S 7.1.26, |error| ≤ 1.5e-7; 1 for u = ∞. The one float erf of the project's loops.
     */
    public static float erf(float u, float w) {
        if (u < 1e-3f) {
            return 1.1283791670955126f * u;
        }
        return 1 - erfc(u, w);
    }

    /**
     * Φ(x) in float given gauss = e^{−x²/2}: ½(1 ± erf(|x|/√2)), |error| ≤ 7.5e-8. Plain arithmetic, so that loops
     * calling it vectorise: no series branch (Φ needs no relative accuracy near 0) and the sign by a division, since
     * JDK 17's C2 vectorises neither a select nor Math.copySign (either made GELU's loop about 10× slower).
     */
    public static float normalCdf(float x, float gauss) {
        return 0.5f + x / (Math.abs(x) + 1e-30f) * (0.5f - 0.5f * erfc(Math.abs(x) * 0.70710678f, gauss));
    }

    /** erfc(u) for u ≥ 0 given w = e^{−u²}, by A&S 7.1.26: t·P(t)·w with t = 1/(1 + pu). */
    private static float erfc(float u, float w) {
        float t = 1 / (1 + 0.3275911f * u);
        return t * (0.254829592f + t * (-0.284496736f + t * (1.421413741f + t * (-1.453152027f
                + t * 1.061405429f)))) * w;
    }

    /** φ(x) = e^{−x²/2}/√(2π). */
    public static double normalPdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }
}
