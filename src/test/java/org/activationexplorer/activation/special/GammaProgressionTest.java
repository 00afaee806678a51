package org.activationexplorer.activation.special;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class GammaProgressionTest {
    /** a, ln Γ(a), ψ(a) from mpmath at 30 digits: both sides of the switch at 10, and the smallest β (0.1). */
    private static final double[][] REFERENCE = {
            {0.1, 2.2527126517342059, -10.423754940411076},
            {0.35, 0.93458122714623262, -2.9710708698259456},
            {0.6, 0.39823385806923493, -1.5406192138931905},
            {1.0, 0.0, -0.57721566490153286},
            {1.1, -0.049872441259839762, -0.42375494041107667},
            {2.5, 0.28468287047291916, 0.70315664064524319},
            {9.9, 12.57717990421988, 2.2411803166063814},
            {10.0, 12.80182748008147, 2.2517525890667211},
            {10.1, 13.027526738633237, 2.2622143570941481},
            {55.3, 165.52040083601749, 4.0037040679746281},
            {300.75, 1413.4795919133178, 5.7046159231515172},
            {1000.25, 5906.9472682711172, 6.9075052894144283}};

    @Test
    void matchesReferenceValuesFromTheSmallestBetaToLargeArguments() {
        double[] lnGamma = new double[1], digamma = new double[1];
        for (double[] r : REFERENCE) {
            GammaProgression.fill(1, r[0], lnGamma, digamma);
            assertEquals(r[1], lnGamma[0], 4e-15 * Math.max(1, Math.abs(r[1])), "ln Γ(" + r[0] + ")");
            assertEquals(r[2], digamma[0], 4e-15 * Math.max(1, Math.abs(r[2])), "ψ(" + r[0] + ")");
        }
    }

    @Test
    void followsTheProgressionAndAgreesWithCommonsMath() {
        double[][] alphaBeta = {{0.25, 0.1}, {0.5, 1}, {1, 1.5}, {2, 2}, {3, 5}, {1.37, 0.83}};
        for (double[] ab : alphaBeta) {
            double[] lnGamma = new double[400], digamma = new double[400];
            GammaProgression.fill(ab[0], ab[1], lnGamma, digamma);
            for (int k = 0; k < lnGamma.length; k++) {
                double a = ab[0] * k + ab[1], expected = Gamma.logGamma(a);
                assertEquals(expected, lnGamma[k], 1e-14 * Math.max(1, Math.abs(expected)), "ln Γ(" + a + ")");
                // Commons Math's ψ errs by ~3e-9 at every a (ψ(1.1) = −0.42375494328 against mpmath's …494041)
                assertEquals(Gamma.digamma(a), digamma[k], 5e-9, "ψ(" + a + ")");
            }
        }
    }
}
