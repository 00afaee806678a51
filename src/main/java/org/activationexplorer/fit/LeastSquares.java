package org.activationexplorer.fit;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;

/**
 * Weighted least squares in double. The weights enter as √w on every row, so both solvers minimise Σ wᵢ·rᵢ².
 * Commons Math's QR rather than EJML because the EJML here is ejml-fdense, single precision: the Vandermonde matrix
 * of a quintic has a condition number near 1e4 even on scaled x, which float's 7 digits would turn into visible
 * coefficient noise, while the sizes (≤ a few hundred rows, ≤ 6 columns) make speed irrelevant.
 */
final class LeastSquares {
    /**
     * Iterations before a start is stopped where it is (not thrown away). Starts that converge do so in a few dozen;
     * those that run on are relu-like fits sliding a → ∞ towards a step, each iteration only a little better.
     * Measured on 201 points, all 18 starts × 12 families + polynomials + rational: 2.2–5.4 s a rank with LM's
     * default of running to its tolerances (up to 2000 evaluations), 0.5–1.0 s with this cap, same top five.
     */
    static final int MAX_ITERATIONS = 100;

    private LeastSquares() {}

    /**
     * β minimising Σ sw²ᵢ·(Σₖ βₖ·columns[k][i] − yᵢ)²; null when the columns are (numerically) dependent on the
     * weighted points, e.g. g(a·x + b) constant where the weight is.
     */
    static double[] linear(double[][] columns, double[] y, double[] sw) {
        int n = y.length, k = columns.length;
        RealMatrix a = new Array2DRowRealMatrix(n, k);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                a.setEntry(i, j, sw[i] * columns[j][i]);
            }
            b[i] = sw[i] * y[i];
        }
        try {
            double[] beta = new QRDecomposition(a, 1e-12).getSolver().solve(new ArrayRealVector(b, false)).toArray();
            for (double v : beta) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
            return beta;
        } catch (SingularMatrixException e) {
            return null;
        }
    }

    /** Levenberg–Marquardt from start with the model's analytic Jacobian; null when it fails or leaves the reals. */
    static double[] levenbergMarquardt(Model model, double[] start, double[] x, double[] y, double[] sw) {
        int n = x.length, k = model.size();
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = sw[i] * y[i];
        }
        double[] g = new double[k];
        var builder = new LeastSquaresBuilder()
                .model(point -> {
                    double[] p = point.toArray();
                    double[] value = new double[n];
                    double[][] jacobian = new double[n][k];
                    for (int i = 0; i < n; i++) {
                        value[i] = sw[i] * model.value(p, x[i]);
                        model.gradient(p, x[i], g);
                        for (int j = 0; j < k; j++) {
                            jacobian[i][j] = sw[i] * g[j];
                        }
                    }
                    return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jacobian, false));
                })
                .target(target)
                .start(start)
                .checker((iteration, previous, current) -> iteration >= MAX_ITERATIONS) // and LM's own tolerances
                .maxEvaluations(10 * MAX_ITERATIONS)
                .maxIterations(10 * MAX_ITERATIONS);
        try {
            double[] p = new LevenbergMarquardtOptimizer().optimize(builder.build()).getPoint().toArray();
            for (double v : p) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
            return p;
        } catch (MathIllegalStateException | IllegalArgumentException | ArithmeticException e) {
            return null; // too many evaluations, or a step into NaN: another start will do
        }
    }

    /** Σ sw²ᵢ·(model − yᵢ)², +∞ if not finite. */
    static double cost(Model model, double[] p, double[] x, double[] y, double[] sw) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double r = sw[i] * (model.value(p, x[i]) - y[i]);
            s += r * r;
        }
        return Double.isFinite(s) ? s : Double.POSITIVE_INFINITY;
    }
}
