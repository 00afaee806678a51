package org.activationexplorer.activation.special;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

class Cpab1dTest {
    private static final double[] W = {0.2, 0.5, -0.3, 0.1, 0.4, -0.2, 0.3, 0.0, -0.1};
    // spec §4.6b: u, T(u), dT/du, then dT/dw_1..w_9
    private static final double[][] TABLE = {
        {0.05, 0.2586379535, 0.3089637220, 0.07357767, 0.06827628, 0.05985767, 0, 0, 0, 0, 0, 0},
        {0.23, 0.2624890975, 0.0003354626, 0, 0.04696830, 0.07798977, 0, 0, 0, 0, 0, 0},
        {0.50, 0.5665014165, 0.0024787522, 0, 0, 0, 0, 0.05707035, 0.10918319, 0, 0, 0},
        {0.77, 0.7985063879, 0.0497870684, 0, 0, 0, 0, 0, 0, 0.01493612, 0.30180152, 0},
        {0.95, 0.8735758882, 1.4715177647, 0, 0, 0, 0, 0, 0, 0, 0.03847143, 0.73575888},
    };

    private static double[] fieldFromVertexVelocities(double[] w) {
        double[][] m = Cpab1d.vertexBasis(10);
        double[] a = new double[20];
        for (int r = 0; r < 20; r++) {
            for (int k = 0; k < 9; k++) {
                a[r] += m[r][k] * w[k];
            }
        }
        return a;
    }

    @Test
    void matchesTheSpecUnitTestVectorsForTransformSlopeAndGradient() {
        Cpab1d cpab = new Cpab1d(10);
        double[] field = fieldFromVertexVelocities(W), dA = new double[20], slope = new double[1];
        double[][] m = Cpab1d.vertexBasis(10);
        for (double[] row : TABLE) {
            assertEquals(row[1], cpab.transform(row[0], field, dA, slope), 1e-9, "T(" + row[0] + ")");
            assertEquals(row[2], slope[0], 1e-9, "T'(" + row[0] + ")");
            for (int k = 0; k < 9; k++) { // dT/dw = Mᵀ·dT/dA
                double g = 0;
                for (int r = 0; r < 20; r++) {
                    g += m[r][k] * dA[r];
                }
                assertEquals(row[3 + k], g, 1e-7, "dT/dw" + (k + 1) + " at " + row[0]);
            }
        }
    }

    @Test
    void zeroFieldIsTheIdentityAndEndsAreFixed() {
        Cpab1d cpab = new Cpab1d(10);
        double[] zero = new double[20], field = fieldFromVertexVelocities(W);
        for (double u = 0; u <= 1; u += 0.01) {
            assertEquals(u, cpab.transform(u, zero, null, null), 1e-15);
        }
        assertEquals(0, cpab.transform(0, field, null, null), 1e-15);
        assertEquals(1, cpab.transform(1, field, null, null), 1e-15);
    }

    @Test
    void gradientsMatchCentralDifferencesForRandomFields() {
        Cpab1d cpab = new Cpab1d(6);
        Random random = new Random(345);
        float[] theta = new float[5];
        double[] field = new double[12], dA = new double[12], gTheta = new double[5], slope = new double[1];
        for (int trial = 0; trial < 20; trial++) {
            for (int k = 0; k < 5; k++) {
                theta[k] = (float) random.nextGaussian();
            }
            cpab.field(theta, 0, field);
            double u = random.nextDouble();
            cpab.transform(u, field, dA, slope);
            cpab.toTheta(dA, gTheta);
            double hU = 1e-7;
            double numericSlope = (cpab.transform(u + hU, field, null, null) - cpab.transform(u - hU, field, null, null)) / (2 * hU);
            assertEquals(numericSlope, slope[0], 1e-5 * Math.abs(numericSlope) + 1e-6, "dT/du at " + u);
            for (int k = 0; k < 5; k++) { // perturb A along basis column k: same as perturbing θ_k
                double h = 1e-6;
                double[] plus = field.clone(), minus = field.clone();
                float[] basisK = new float[5];
                basisK[k] = 1;
                double[] column = new double[12];
                cpab.field(basisK, 0, column);
                for (int r = 0; r < 12; r++) {
                    plus[r] += h * column[r];
                    minus[r] -= h * column[r];
                }
                double numeric = (cpab.transform(u, plus, null, null) - cpab.transform(u, minus, null, null)) / (2 * h);
                assertEquals(numeric, gTheta[k], 1e-6 * Math.abs(numeric) + 1e-8, "dT/dθ" + k + " at " + u);
            }
        }
    }

    /** The batch form (on the Vector API when present) follows every trajectory as transform does, one by one. */
    @Test
    void transformAllAgreesWithTransformPointByPoint() {
        Random random = new Random(11);
        Cpab1d cpab = new Cpab1d(10);
        int n = 1031 + 5;
        double[] xi = new double[n], startIndex = new double[n], t = new double[n], slope = new double[n];
        for (int j = 0; j < n; j++) {
            xi[j] = j < 1031 ? j / 1030.0 : random.nextDouble(); // the table's points, then a scalar tail
            startIndex[j] = cpab.cellOf(xi[j]);
        }
        for (double scale : new double[] {0, 0.3, 1, 3}) {
            float[] theta = new float[9];
            for (int k = 0; k < 9; k++) {
                theta[k] = (float) (scale * random.nextGaussian());
            }
            double[] field = new double[20], s = new double[1];
            cpab.field(theta, 0, field);
            cpab.transformAll(xi, startIndex, 3, n, field, t, slope, 0);
            for (int j = 3; j < n; j++) {
                double expected = cpab.transform(xi[j], field, null, s);
                assertEquals(expected, t[j], 1e-12 * (Math.abs(expected) + 1), "T(" + xi[j] + ") at θ scale " + scale);
                assertEquals(s[0], slope[j], 1e-9 * (Math.abs(s[0]) + 1), "T′(" + xi[j] + ") at θ scale " + scale);
            }
        }
    }

    /** The weighted sum of ∂T/∂A (on the Vector API when present) equals the one point by point. */
    @Test
    void weightedGradientsAgreeWithTransformPointByPoint() {
        Random random = new Random(12);
        Cpab1d cpab = new Cpab1d(10);
        int n = 521 + 3;
        double[] xi = new double[n], startIndex = new double[n], weight = new double[n + 5];
        for (int j = 0; j < n; j++) {
            xi[j] = j < 521 ? j / 520.0 : random.nextDouble();
            startIndex[j] = cpab.cellOf(xi[j]);
            weight[5 + j] = j % 7 == 0 ? 0 : random.nextGaussian(); // some points carry no weight
        }
        for (int j = 40; j < 56; j++) {
            weight[5 + j] = 0; // whole groups of lanes without weight are skipped
        }
        for (double scale : new double[] {0, 0.3, 1, 3}) {
            float[] theta = new float[9];
            for (int k = 0; k < 9; k++) {
                theta[k] = (float) (scale * random.nextGaussian());
            }
            double[] field = new double[20], point = new double[20], expected = new double[20], sum = new double[20];
            cpab.field(theta, 0, field);
            for (int j = 2; j < n; j++) {
                cpab.transform(xi[j], field, point, null);
                for (int r = 0; r < 20; r++) {
                    expected[r] += weight[5 + j] * point[r];
                }
            }
            cpab.weightedGradients(xi, startIndex, weight, 5, 2, n, field, sum);
            for (int r = 0; r < 20; r++) {
                assertEquals(expected[r], sum[r], 1e-9 * (Math.abs(expected[r]) + 1), "∂/∂A[" + r + "] at θ scale " + scale);
            }
        }
    }

    /** Column k of B, read through field() with θ = e_k. */
    private static double[][] basisColumns(Cpab1d cpab) {
        int d = cpab.dimension();
        double[][] columns = new double[d][2 * cpab.cells()];
        for (int k = 0; k < d; k++) {
            float[] unit = new float[d];
            unit[k] = 1;
            cpab.field(unit, 0, columns[k]);
        }
        return columns;
    }

    private static double dot(double[] u, double[] v) {
        double sum = 0;
        for (int r = 0; r < u.length; r++) {
            sum += u[r] * v[r];
        }
        return sum;
    }

    /**
     * B is orthonormal, its fields are continuous and zero at both ends, and Bᵀ·M is upper triangular with a positive
     * diagonal: the one basis Gram–Schmidt on M's columns gives (earlier versions built it so; saved θ mean the same).
     */
    @Test
    void theBasisIsTheGramSchmidtBasisOfTheVertexVelocities() {
        for (int cells : new int[] {2, 6, 10, 50}) {
            Cpab1d cpab = new Cpab1d(cells);
            double[][] b = basisColumns(cpab), m = Cpab1d.vertexBasis(cells);
            int d = cells - 1;
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    assertEquals(i == j ? 1 : 0, dot(b[i], b[j]), 1e-12, "BᵀB at " + i + ", " + j);
                    double[] mj = new double[2 * cells];
                    for (int r = 0; r < mj.length; r++) {
                        mj[r] = m[r][j];
                    }
                    double r = dot(b[i], mj);
                    if (i > j) {
                        assertEquals(0, r, 1e-9 * cells, "below R's diagonal at " + i + ", " + j);
                    } else if (i == j) {
                        assertTrue(r > 0, "R's diagonal at " + i + " = " + r);
                    }
                }
                double[] field = b[i];
                assertEquals(0, field[1], 1e-12, "v(0)");
                assertEquals(0, field[2 * cells - 2] + field[2 * cells - 1], 1e-12, "v(1)");
                for (int c = 1; c < cells; c++) {
                    double x = (double) c / cells;
                    assertEquals(field[2 * c - 2] * x + field[2 * c - 1], field[2 * c] * x + field[2 * c + 1], 1e-12,
                            "v continuous at vertex " + c);
                }
            }
        }
    }

    /** Draws from the prior have its covariance (20,000 draws: within 4 % of the largest variance). */
    @Test
    void priorSamplesHaveThePriorCovariance() {
        Cpab1d cpab = new Cpab1d(10);
        double[][] covariance = cpab.priorCovariance(5, 2), sum = new double[9][9];
        Random random = new Random(8);
        float[] theta = new float[9];
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            cpab.samplePrior(5, 2, random, theta, 0);
            for (int k = 0; k < 9; k++) {
                for (int j = 0; j < 9; j++) {
                    sum[k][j] += theta[k] * theta[j];
                }
            }
        }
        double largest = 0;
        for (int k = 0; k < 9; k++) {
            largest = Math.max(largest, covariance[k][k]);
        }
        for (int k = 0; k < 9; k++) {
            for (int j = 0; j < 9; j++) {
                assertEquals(covariance[k][j], sum[k][j] / n, 0.04 * largest, "covariance at " + k + ", " + j);
            }
        }
    }

    /** The regulariser's precision is symmetric, positive definite, with the spec's eigenvalues (§4.6, tess = 10). */
    @Test
    void theRegulariserPrecisionHasTheSpecsEigenvalues() {
        double[][] p = new Cpab1d(10).regulariserPrecision(5, 2);
        for (int k = 0; k < 9; k++) {
            for (int j = 0; j < 9; j++) {
                assertEquals(p[k][j], p[j][k], 1e-12 * Math.abs(p[k][j]));
            }
        }
        double[] eigenvalues = new EigenDecomposition(MatrixUtils.createRealMatrix(p)).getRealEigenvalues();
        double low = Double.POSITIVE_INFINITY, high = 0;
        for (double e : eigenvalues) {
            low = Math.min(low, e);
            high = Math.max(high, e);
        }
        assertEquals(3.5e-4, low, 0.05e-4, "smallest");
        assertEquals(1.6e-2, high, 0.05e-2, "largest");
    }
}
