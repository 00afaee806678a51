package org.activationexplorer.activation.special;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MittagLefflerTest {

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.abs(expected) + 1e-300, what);
    }

    @Test
    void matchesTheClosedFormsOfSpecialCases() {
        for (double x : new double[] {0, 0.1, 0.7, 1.5, 3, 6, 12, 25, 39}) {
            close(Math.exp(x), MittagLeffler.value(1, 1, x), "E_{1,1}");
            close(Math.cosh(x), MittagLeffler.value(2, 1, x * x), "E_{2,1}(x²)");
            close(x == 0 ? 1 : Math.sinh(x) / x, MittagLeffler.value(2, 2, x * x), "E_{2,2}(x²)");
            close(x == 0 ? 1 : Math.expm1(x) / x, MittagLeffler.value(1, 2, x), "E_{1,2}");
            close(1 / org.apache.commons.math3.special.Gamma.gamma(2.5), MittagLeffler.value(1.3, 2.5, 0), "E(0) = 1/Γ(β)");
        }
    }

    @Test
    void erfIsARatioOfMittagLefflerFunctions() {
        for (double y : new double[] {0.01, 0.3, 1, 2.2, 4}) {
            double erf = y * MittagLeffler.value(1, 1.5, y * y) / MittagLeffler.value(1, 1, y * y);
            assertEquals(org.apache.commons.math3.special.Erf.erf(y), erf, 1e-13);
        }
    }

    @Test
    void asymptoticAndSeriesAgreeAcrossTheSwitch() {
        // z^{1/α} = 40 is the switch: just below uses the series, just above the asymptotic form
        double[] out = new double[4];
        for (double alpha : new double[] {0.5, 1, 1.7, 2, 2.6}) {
            double z = Math.pow(40, alpha), below = Math.log(MittagLeffler.value(alpha, 1.3, z * (1 - 1e-9)));
            double above = Math.log(MittagLeffler.value(alpha, 1.3, z * (1 + 1e-9)));
            MittagLeffler.logE(new MittagLeffler.Series(alpha, 1.3), z, out);
            double expectedStep = out[1] * 2e-9 * z; // the function's own change over the step
            assertEquals(expectedStep, above - below, 1e-10 * Math.abs(below), "α = " + alpha);
        }
    }

    @Test
    void partialDerivativesMatchCentralDifferences() {
        double[] out = new double[4];
        for (double alpha : new double[] {0.4, 1, 2, 2.7}) {
            for (double beta : new double[] {0.5, 1, 2.2}) {
                for (double z : new double[] {0, 0.3, 2, 30, Math.pow(45, alpha)}) {
                    MittagLeffler.logE(new MittagLeffler.Series(alpha, beta), z, out);
                    double h = 1e-6;
                    double dz = z == 0 ? out[1] : (log(alpha, beta, z + h * z) - log(alpha, beta, z - h * z)) / (2 * h * z);
                    double da = (log(alpha + h, beta, z) - log(alpha - h, beta, z)) / (2 * h);
                    double db = (log(alpha, beta + h, z) - log(alpha, beta - h, z)) / (2 * h);
                    String at = "α=" + alpha + " β=" + beta + " z=" + z;
                    assertEquals(dz, out[1], 1e-6 * Math.abs(dz) + 1e-9, "∂/∂z " + at);
                    assertEquals(da, out[2], 1e-6 * Math.abs(da) + 1e-8, "∂/∂α " + at);
                    assertEquals(db, out[3], 1e-6 * Math.abs(db) + 1e-8, "∂/∂β " + at);
                }
            }
        }
    }

    private static double log(double alpha, double beta, double z) {
        double[] out = new double[4];
        MittagLeffler.logE(new MittagLeffler.Series(alpha, beta), z, out, false);
        return out[0];
    }

    /** The batch form (on the Vector API when present) gives logE's four values, on both sides of the switch. */
    @Test
    void logEAllAgreesWithLogEPointByPoint() {
        double[][] parameters = {{2, 2}, {2, 1}, {1, 1.5}, {0.3, 0.2}, {2.9, 4.5}, {1.3, 0.7}};
        int n = 513 + 3;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double u = i < 513 ? i / 32.0 : 3 + i; // a table's nodes u², then a tail
            z[i] = u * u;
        }
        for (double[] ab : parameters) {
            MittagLeffler.Series s = new MittagLeffler.Series(ab[0], ab[1]);
            double[] value = new double[n], dz = new double[n], da = new double[n], db = new double[n], out = new double[4];
            MittagLeffler.logEAll(s, z, 1, n, value, dz, da, db);
            for (int i = 1; i < n; i++) {
                MittagLeffler.logE(s, z[i], out, true);
                String at = " at z = " + z[i] + ", α = " + ab[0] + ", β = " + ab[1];
                assertEquals(out[0], value[i], 1e-12 * (Math.abs(out[0]) + 1), "log E" + at);
                assertEquals(out[1], dz[i], 1e-10 * (Math.abs(out[1]) + 1), "∂z" + at);
                assertEquals(out[2], da[i], 1e-10 * (Math.abs(out[2]) + 1), "∂α" + at);
                assertEquals(out[3], db[i], 1e-10 * (Math.abs(out[3]) + 1), "∂β" + at);
            }
        }
    }
}
