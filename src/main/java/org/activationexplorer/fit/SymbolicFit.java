package org.activationexplorer.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;

/**
 * Ranks library functions by how well they fit weighted samples (xᵢ, yᵢ, wᵢ), after pykan's suggest_symbolic:
 * every fixed family g of the catalog as c·g(a·x + b) + d (Levenberg–Marquardt from several starts), polynomials of
 * degree 1 to 5 (linear least squares) and a safe rational 2/2 (Levenberg–Marquardt). Pure computation, no shared
 * state: call it from any thread (the window calls it off the FX thread).
 */
public final class SymbolicFit {
    /** Score = R² − PENALTY·parameters: among near-perfect fits the simpler wins (silu's 4 over poly5's 6). */
    public static final double PENALTY = 1e-4;
    /** Samples weighted below this share of the largest weight do not count in maxResidual. */
    public static final double RESIDUAL_WEIGHT_SHARE = 0.01;
    private static final double[] START_A = {0.5, 1, 2, -0.5, -1, -2}; // negative a: relu(−x), softplus(−x), …
    private static final double[] START_B = {-1, 0, 1};
    private static final double[] START_Q = {0, 0.5, 2};

    private SymbolicFit() {}

    /** The fixed catalog families, in catalog order: what rank fits as c·g(a·x + b) + d. */
    public static List<String> libraryFamilies() {
        return Activations.names().stream().filter(n -> !Activations.family(n).trainable()).toList();
    }

    /**
     * Fits every library form to the samples and returns the best `top` by score, best first. x, y, w of equal
     * length; w ≥ 0 with at least one positive; samples with weight 0 do not influence the fits (but get residuals).
     */
    public static List<Candidate> rank(double[] x, double[] y, double[] w, int top) {
        Samples fit = Samples.of(x, y, w);
        List<Candidate> all = new ArrayList<>();
        for (String name : libraryNames()) {
            Candidate c = fit(name, fit, x, y, w);
            if (c != null) {
                all.add(c);
            }
        }
        all.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return List.copyOf(all.subList(0, Math.min(Math.max(top, 0), all.size())));
    }

    /** Every form rank tries: the fixed families, poly1 … poly5, rational2/2. */
    public static List<String> libraryNames() {
        List<String> names = new ArrayList<>(libraryFamilies());
        for (int degree = 1; degree <= 5; degree++) {
            names.add("poly" + degree);
        }
        names.add(new Rational().name());
        return names;
    }

    /**
     * One library form (a name of libraryNames) fitted to the samples as rank fits it, or null where it cannot be
     * fitted (a singular linear solve at every start): to follow one form over a run's frames without ranking all.
     */
    public static Candidate fit(String name, double[] x, double[] y, double[] w) {
        if (!libraryNames().contains(name)) {
            throw new IllegalArgumentException("no library form '" + name + "'; valid: " + libraryNames());
        }
        return fit(name, Samples.of(x, y, w), x, y, w);
    }

    /**
     * The form of `near` refitted to new samples by one Levenberg–Marquardt run from near's parameters, instead of
     * fit's grid of starts: for a curve that changed a little (consecutive frames of a run), about 18 times less work
     * for a wrapped family. Falls back to fit where that run fails or a polynomial needs no start.
     */
    public static Candidate refit(Candidate near, double[] x, double[] y, double[] w) {
        Samples s = Samples.of(x, y, w);
        if (near.kind() == Candidate.Kind.WRAPPED) {
            Wrapped g = new Wrapped(near.name(), Activations.create(ActivationConfig.of(near.name()), 1));
            double[] p = LeastSquares.levenbergMarquardt(g, near.parameters().clone(), s.x, s.y, s.sw);
            if (p != null) {
                return candidate(near.name(), Candidate.Kind.WRAPPED, p, t -> g.value(p, t), x, y, w);
            }
        }
        return fit(near.name(), s, x, y, w);
    }

    private static Candidate fit(String name, Samples s, double[] x, double[] y, double[] w) {
        if (name.startsWith("poly")) {
            double[] c = fitPolynomial(Integer.parseInt(name.substring(4)), s.x, s.y, s.sw);
            return c == null ? null : candidate(name, Candidate.Kind.POLYNOMIAL, c, t -> polynomial(c, t), x, y, w);
        }
        Rational rational = new Rational();
        if (name.equals(rational.name())) {
            double[] r = fitRational(rational, s.x, s.y, s.sw);
            if (r == null) {
                return null;
            }
            double[] shown = {r[0], r[1], r[2], Math.abs(r[3]), Math.abs(r[4])}; // the form uses only |q1|, |q2|
            return candidate(name, Candidate.Kind.RATIONAL, shown, t -> rational.value(shown, t), x, y, w);
        }
        Wrapped g = new Wrapped(name, Activations.create(ActivationConfig.of(name), 1));
        double[] p = fitWrapped(g, s.x, s.y, s.sw);
        return p == null ? null : candidate(name, Candidate.Kind.WRAPPED, p, t -> g.value(p, t), x, y, w);
    }

    /** The samples the fits see: only the weighted ones, with √(w / max w) on each row. */
    private record Samples(double[] x, double[] y, double[] sw) {
        static Samples of(double[] x, double[] y, double[] w) {
            check(x, y, w);
            double wMax = 0;
            int n = 0;
            for (double v : w) {
                wMax = Math.max(wMax, v);
                n += v > 0 ? 1 : 0;
            }
            double[] fx = new double[n], fy = new double[n], sw = new double[n];
            for (int i = 0, j = 0; i < x.length; i++) {
                if (w[i] > 0) {
                    fx[j] = x[i];
                    fy[j] = y[i];
                    sw[j++] = Math.sqrt(w[i] / wMax);
                }
            }
            return new Samples(fx, fy, sw);
        }
    }

    private static void check(double[] x, double[] y, double[] w) {
        if (x.length != y.length || x.length != w.length) {
            throw new IllegalArgumentException("x, y and w need the same length, got " + x.length + ", " + y.length
                    + ", " + w.length);
        }
        boolean weighted = false;
        for (int i = 0; i < x.length; i++) {
            if (!(w[i] >= 0) || !Double.isFinite(w[i])) {
                throw new IllegalArgumentException("weights must be finite and ≥ 0, got " + w[i] + " at " + i);
            }
            if (w[i] > 0 && (!Double.isFinite(x[i]) || !Double.isFinite(y[i]))) {
                throw new IllegalArgumentException("sample " + i + " is not finite: (" + x[i] + ", " + y[i] + ")");
            }
            weighted |= w[i] > 0;
        }
        if (!weighted) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
    }

    /**
     * The best of Levenberg–Marquardt runs from a ∈ START_A × b ∈ START_B, each with c, d from the linear solve at
     * its (a, b). A start whose linear solve is singular (g constant on the data) is skipped; a start whose LM fails
     * still offers its linear fit.
     */
    static double[] fitWrapped(Wrapped g, double[] x, double[] y, double[] sw) {
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        double[] gu = new double[x.length], ones = new double[x.length];
        java.util.Arrays.fill(ones, 1);
        for (double a : START_A) {
            for (double b : START_B) {
                for (int i = 0; i < x.length; i++) {
                    gu[i] = g.inner(a * x[i] + b);
                }
                double[] cd = LeastSquares.linear(new double[][] {gu, ones}, y, sw);
                if (cd == null) {
                    continue;
                }
                double[] start = {a, b, cd[0], cd[1]};
                double[] fitted = LeastSquares.levenbergMarquardt(g, start, x, y, sw);
                for (double[] p : fitted == null ? new double[][] {start} : new double[][] {fitted, start}) {
                    double cost = LeastSquares.cost(g, p, x, y, sw);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = p;
                    }
                }
            }
        }
        return best;
    }

    /**
     * Coefficients c0 … c_degree in powers of x. Solved on t = x / max|x| so the columns stay near 1 (x⁵ at x = 4
     * is 1024), then mapped back: cₖ = βₖ / sᵏ.
     */
    static double[] fitPolynomial(int degree, double[] x, double[] y, double[] sw) {
        double s = 0;
        for (double v : x) {
            s = Math.max(s, Math.abs(v));
        }
        s = s > 0 ? s : 1;
        double[][] columns = new double[degree + 1][x.length];
        for (int i = 0; i < x.length; i++) {
            double t = x[i] / s, power = 1;
            for (int k = 0; k <= degree; k++) {
                columns[k][i] = power;
                power *= t;
            }
        }
        double[] beta = LeastSquares.linear(columns, y, sw);
        if (beta == null) {
            return null;
        }
        for (int k = 0; k <= degree; k++) {
            beta[k] /= Math.pow(s, k);
        }
        return beta;
    }

    static double polynomial(double[] c, double x) {
        double v = 0;
        for (int k = c.length - 1; k >= 0; k--) {
            v = v * x + c[k];
        }
        return v;
    }

    /** The best of LM runs from q1, q2 ∈ START_Q, each with p0, p1, p2 from the linear solve at its q. */
    static double[] fitRational(Rational model, double[] x, double[] y, double[] sw) {
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double q1 : START_Q) {
            for (double q2 : START_Q) {
                double[][] columns = new double[3][x.length];
                for (int i = 0; i < x.length; i++) {
                    double den = Rational.denominator(q1, q2, x[i]);
                    columns[0][i] = 1 / den;
                    columns[1][i] = x[i] / den;
                    columns[2][i] = x[i] * x[i] / den;
                }
                double[] p = LeastSquares.linear(columns, y, sw);
                if (p == null) {
                    continue;
                }
                double[] start = {p[0], p[1], p[2], q1, q2};
                double[] fitted = LeastSquares.levenbergMarquardt(model, start, x, y, sw);
                for (double[] c : fitted == null ? new double[][] {start} : new double[][] {fitted, start}) {
                    double cost = LeastSquares.cost(model, c, x, y, sw);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = c;
                    }
                }
            }
        }
        return best;
    }

    /** Scores a fitted curve on all samples: weighted R², max |residual| where the weight is, residuals. */
    private static Candidate candidate(String name, Candidate.Kind kind, double[] p, DoubleUnaryOperator f,
                                       double[] x, double[] y, double[] w) {
        double sw = 0, swy = 0, wMax = 0;
        for (int i = 0; i < x.length; i++) {
            sw += w[i];
            swy += w[i] * y[i];
            wMax = Math.max(wMax, w[i]);
        }
        double mean = swy / sw, total = 0, residual = 0, maxResidual = 0;
        double[] residuals = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            residuals[i] = y[i] - f.applyAsDouble(x[i]);
            if (w[i] > 0) {
                total += w[i] * (y[i] - mean) * (y[i] - mean);
                residual += w[i] * residuals[i] * residuals[i];
            }
            if (w[i] >= RESIDUAL_WEIGHT_SHARE * wMax) {
                maxResidual = Math.max(maxResidual, Math.abs(residuals[i]));
            }
        }
        // a flat curve (total 0) is fitted perfectly or not at all
        double r2 = total > 0 ? 1 - residual / total : (residual == 0 ? 1 : 0);
        if (!Double.isFinite(r2)) {
            r2 = Double.NEGATIVE_INFINITY;
        }
        return new Candidate(name, kind, p, f, r2, r2 - PENALTY * p.length, maxResidual, residuals);
    }
}
