package org.activationexplorer.activation.trainable;

import java.util.Arrays;

import java.util.List;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.Splitter;
import org.activationexplorer.activation.special.Step;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Cpab1d;
import org.activationexplorer.activation.special.Erf;
import org.activationexplorer.activation.special.VectorApi;

/**
 * DiTAC, the released gelu_cpab variant (Chelly, Finder, Ifergane, Freifeld, ECCV 2024, arXiv 2407.07564;
 * spec §4): y = x̃·Φ(x), x̃ = a + (b − a)·T_θ((x − a)/(b − a)) inside [a, b], x̃ = x outside, where T_θ is a 1-D
 * CPAB diffeomorphism of [0, 1] (special/Cpab1d) with tess cells and θ ∈ ℝ^{tess−1}. θ = 0 gives GELU exactly.
 * dy/dx = x̃′·Φ(x) + x̃·φ(x) with x̃′ = T′(u) inside, 1 outside; ∂y/∂θ_k = Φ(x)·(b − a)·∂T/∂θ_k.
 *
 * <p>As the official code, the float loops read T from a table over [0, 1] rebuilt whenever θ changes; here
 * ~1024 points aligned with the cells (the official code uses 2048; rebuilding the table and differentiating its
 * points each step took most of a training step at 2048, and 1024 still keeps T′ within the float tolerance of
 * the gradient checks, which 256 and 512 points do not), cubic Hermite interpolation of T and T′ and linear interpolation of ∂T/∂θ. value()/derivative() integrate
 * exactly. Options: the prior sample as initialisation (init prior) and the regulariser (lambda_reg), spec §4.6.
 */
public final class Ditac extends TrainableActivation {
    public static final Family FAMILY = new Family("ditac", "DiTAC (CPAB)", "f(x) = x̃·Φ(x), x̃ = a + (b − a)·T_θ((x − a)/(b − a)) on [a, b]",
            "Chelly, Finder, Ifergane, Freifeld: Trainable Highly-expressive Activation Functions, ECCV 2024, "
                    + "arXiv 2407.07564",
            true, List.of(Hyperparameter.integer("tess", 10, 2, 50, "cells of the CPA velocity field"),
                    Hyperparameter.real("a", -0.5, -100, 100, "left end of the transformed interval"),
                    Hyperparameter.real("b", 2, -100, 100, "right end of the transformed interval"),
                    Hyperparameter.real("lambda_reg", 0, 0, 10, "weight of the smoothness regulariser θᵀPθ (official: 0.1)"),
                    Hyperparameter.integer("seed", 1, 0, Integer.MAX_VALUE, "seed of the prior sample (init prior)")),
            List.of("gelu", "prior"), (p, init, sharing, channels) -> new Ditac(p.get("tess").intValue(), p.get("a"),
                    p.get("b"), "prior".equals(init), p.get("seed").longValue(), p.get("lambda_reg"), sharing, channels));

    private final int grid;            // points where ∂T/∂θ is evaluated, ~512, aligned with the cells
    private final int table;           // grid points over [0, 1]: about 1024, with every cell
                                       // boundary on a grid point, so no interpolation piece straddles one (T″ jumps there)
    private final Cpab1d cpab;
    private final int d;
    private final float lo, width;
    private final double[] field;      // (2·tess) scratch
    private final double[] fieldGrad;  // (2·tess) scratch: Σ_j W_j·∂T/∂A(u_j)
    private final double[] thetaGrad;  // (d) scratch
    private final float[] tableTheta;  // (sets, d): θ the tables were built for (NaN: never)
    private final double[] tablePoints; // (table) u_j = j/(table − 1), their cells and the cells as doubles
    private final int[] tableCells;
    private final double[] tableCellIndex;
    private final double[] gridPoints;    // (grid) u_j = j/(grid − 1) and their cells, as doubles
    private final double[] gridCellIndex;
    private final double[] tableT;     // (sets, table) T(u_j); double, so the interpolant's slope keeps its digits
    private final double[] tableSlope; // (sets, table) T′(u_j)
    private final float[] cubic;       // (sets, table−1, 4) T on each interval as a₀ + s(a₁ + s(a₂ + s·a₃)), s ∈ [0, 1)
    private final float[] cubicSlope;  // (sets, table−1, 4) T′ there as b₀ + s(b₁ + s·b₂), 4th unused (the vector
                                       // loops gather it with the cubic's index): from the same Hermite cubic
    private float[] gauss = new float[0];

    private final double[][] precision; // P of the regulariser, null when it is off
    private final double lambdaReg;

    /** θ = 0 (exactly GELU), no regulariser. */
    public Ditac(int tess, double a, double b, Sharing sharing, int channels) {
        this(tess, a, b, false, 0, 0, sharing, channels);
    }

    /**
     * prior: each set starts at a sample of difw's prior (length scale 5, variance 2, DiTAC's defaults) from
     * the seed, as the official code does, instead of θ = 0. lambdaReg > 0 adds ∂/∂θ of λ·θᵀPθ = 2λ·P·θ to
     * every backward (the intended regulariser, spec §4.6; the official code's broadcasting quirk is not copied).
     */
    public Ditac(int tess, double a, double b, boolean prior, long seed, double lambdaReg, Sharing sharing, int channels) {
        super(tess - 1, sharing, channels, new double[tess - 1]);
        this.lambdaReg = lambdaReg;
        if (!(b > a)) {
            throw new IllegalArgumentException("ditac needs a < b, got [" + a + ", " + b + "]");
        }
        cpab = new Cpab1d(tess);
        table = tess * ((1024 + tess - 1) / tess) + 1;
        grid = tess * ((512 + tess - 1) / tess) + 1;
        precision = lambdaReg > 0 ? cpab.regulariserPrecision(5, 2) : null;
        if (prior) {
            java.util.Random random = new java.util.Random(seed);
            for (int o = 0; o < theta.length; o += tess - 1) {
                cpab.samplePrior(5, 2, random, theta, o);
            }
        }
        d = tess - 1;
        lo = (float) a;
        width = (float) (b - a);
        field = new double[2 * tess];
        fieldGrad = new double[2 * tess];
        thetaGrad = new double[d];
        int sets = theta.length / d;
        tableTheta = new float[sets * d];
        java.util.Arrays.fill(tableTheta, Float.NaN);
        tablePoints = new double[table];
        tableCells = new int[table];
        tableCellIndex = new double[table];
        for (int j = 0; j < table; j++) {
            tablePoints[j] = (double) j / (table - 1);
            tableCells[j] = cpab.cellOf(tablePoints[j]);
            tableCellIndex[j] = tableCells[j];
        }
        gridPoints = new double[grid];
        gridCellIndex = new double[grid];
        for (int j = 0; j < grid; j++) {
            gridPoints[j] = (double) j / (grid - 1);
            gridCellIndex[j] = cpab.cellOf(gridPoints[j]);
        }
        tableT = new double[sets * table];
        tableSlope = new double[sets * table];
        cubic = new float[sets * (table - 1) * 4];
        cubicSlope = new float[sets * (table - 1) * 4];
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    /** Rebuilds the T and T′ tables of the set at o if θ changed since. */
    private void refresh(int o) {
        int set = o / d;
        boolean same = true;
        for (int k = 0; k < d; k++) {
            same &= tableTheta[o + k] == theta[o + k];
        }
        if (same) {
            return;
        }
        System.arraycopy(theta, o, tableTheta, o, d);
        tableVersion++;
        cpab.field(theta, o, field);
        ensurePartScratch();
        refreshing = set;
        inParts(refreshPart); // ~1000 integrations: worth both threads
        // the Hermite cubic of each interval as polynomial coefficients, computed in double and stored in float:
        // evaluating them needs no differences of nearby T values, so float keeps the digits
        double step = 1.0 / (table - 1);
        for (int j = 0; j < table - 1; j++) {
            double t0 = tableT[set * table + j], t1 = tableT[set * table + j + 1];
            double m0 = tableSlope[set * table + j] * step, m1 = tableSlope[set * table + j + 1] * step;
            double a2 = -3 * t0 - 2 * m0 + 3 * t1 - m1, a3 = 2 * t0 + m0 - 2 * t1 + m1;
            int c = (set * (table - 1) + j) * 4, cs = c;
            cubic[c] = (float) t0;
            cubic[c + 1] = (float) m0;
            cubic[c + 2] = (float) a2;
            cubic[c + 3] = (float) a3;
            cubicSlope[cs] = (float) (m0 / step);
            cubicSlope[cs + 1] = (float) (2 * a2 / step);
            cubicSlope[cs + 2] = (float) (3 * a3 / step);
        }
    }

    /**
     * ∂L/∂θ = Σ_elements w_e·∂T/∂θ(u_e), with ∂T/∂θ linearly interpolated between grid points, equals
     * Σ_j W_j·∂T/∂θ(u_j) with W the elements' weights spread onto the grid: so only grid points that received
     * weight are differentiated, once per step, and no table of ∂T/∂θ is kept. The grid is 2× coarser than the
     * table of T, as each point's derivative costs an integration through the cells (at 1/512 the interpolated
     * gradient passes the 1e-4 gradient checks; at 1/256 it erred by 3e-4).
     */
    private int refreshing;
    private double[][] partFieldGrad = new double[0][];
    private double[] finishing; // the acc finishSet works on
    private final Splitter.Part refreshPart = this::refreshRange;
    private final Splitter.Part gradientPart = this::gradientRange;

    /** The part-th share of the table points of the set being refreshed. */
    private void refreshRange(int p, int parts) {
        int set = refreshing;
        cpab.transformAll(tablePoints, tableCellIndex, Splitter.start(table, p, parts),
                Splitter.start(table, p + 1, parts), field, tableT, tableSlope, set * table);
    }

    /** Σ W_j·∂T/∂A(u_j) over the part-th share of the grid, into partFieldGrad[p]. */
    private void gradientRange(int p, int parts) {
        double[] sum = partFieldGrad[p];
        Arrays.fill(sum, 0);
        cpab.weightedGradients(gridPoints, gridCellIndex, finishing, d, Splitter.start(grid, p, parts),
                Splitter.start(grid, p + 1, parts), field, sum);
    }

    private void ensurePartScratch() {
        if (partFieldGrad.length < parts()) {
            partFieldGrad = new double[parts()][fieldGrad.length];
        }
    }

    @Override
    int accSize() {
        return d + grid + 32; // θ, the grid weights W_j, then spare slots for inputs outside [a, b] (see backwardRange)
    }

    @Override
    boolean splittable() {
        return true; // after prepare, ranges only read the tables and write their own acc
    }

    @Override
    void prepare(int o, int n) {
        refresh(o);
        if (gauss.length < n) {
            gauss = new float[n];
            memo.reset();
        }
        ensureScratch(n);
    }

    private static final boolean VECTOR = VectorApi.PRESENT;
    private int[] index = new int[0];          // per element: 4·table interval (TablePositions)
    private float[] fraction = new float[0];   // per element: position within it
    private float[] warpedScratch = new float[0], slopeScratch = new float[0], weightScratch = new float[0];
    private float[] insideScratch = new float[0], cdfScratch = new float[0];
    private int[] gridIndex = new int[0];
    private float[] gridFraction = new float[0];
    private int tableVersion;        // counts table rebuilds
    private final ForwardMemo memo = new ForwardMemo(); // whether the scratch holds forward's positions, Φ and x̃

    /** Scratch for elements [0, n); grown before parts run (prepare), never while they do. */
    private void ensureScratch(int n) {
        if (index.length < n && !splitting()) {
            index = new int[n];
            fraction = new float[n];
            warpedScratch = new float[n];
            slopeScratch = new float[n];
            weightScratch = new float[n];
            insideScratch = new float[n];
            cdfScratch = new float[n];
            gridIndex = new int[n];
            gridFraction = new float[n];
            memo.reset();
        }
    }

    /** The vector loops' share of [from, to): positions in the set's table; returns where the scalar tail starts. */
    private int positions(float[] x, int from, int to) {
        ensureScratch(passSize);
        float scale = (table - 1) / width;
        return TablePositions.positions(x, scale, -lo * scale, false, table - 1, 4, index, fraction, from, to);
    }

    /**
     * The grid weights of ∂L/∂θ (see gradientRange) in float, per part: inside [a, b] onto the two grid points
     * around u; outside (weight 0) onto one of 16 spare slot pairs in turn, so that runs of outside elements do
     * not add to one slot back to back (each add would wait on the last).
     */
    @Override
    int floatAccSize() {
        return grid + 32;
    }

    @Override
    void finishSet(int o, double[] acc) {
        for (float[] weights : floatAccs()) {
            for (int j = 0; j < weights.length; j++) {
                if (j < grid) {
                    acc[d + j] += weights[j];
                }
                weights[j] = 0;
            }
        }
        cpab.field(theta, o, field);
        ensurePartScratch();
        finishing = acc;
        inParts(gradientPart);
        finishing = null;
        Arrays.fill(fieldGrad, 0);
        for (int p = 0; p < parts(); p++) {
            for (int r = 0; r < fieldGrad.length; r++) {
                fieldGrad[r] += partFieldGrad[p][r];
            }
        }
        cpab.toTheta(fieldGrad, thetaGrad);
        for (int k = 0; k < d; k++) {
            acc[k] += thetaGrad[k];
        }
        if (precision != null) {
            for (int k = 0; k < d; k++) { // + 2λ·P·θ
                double sum = 0;
                for (int j = 0; j < d; j++) {
                    sum += precision[k][j] * theta[o + j];
                }
                acc[k] += 2 * lambdaReg * sum;
            }
        }
    }

    /** e^{−x²/2} in bulk for Φ and φ, flushed to 0 past |x| = 10 (BulkMath.gaussian: no denormal floats). */
    private float[] gaussians(float[] x, int from, int to) {
        if (gauss.length < to) {
            gauss = new float[Math.max(to, passSize)];
            memo.reset();
        }
        BulkMath.gaussian(x, 0.5f, gauss, from, to);
        return gauss;
    }

    @Override
    void forwardRange(float[] x, float[] y, int from, int to, int o) {
        refresh(o);
        float[] g = gaussians(x, from, to);
        int intervals = (o / d) * (table - 1); // this set's first interval
        float inverseWidth = 1 / width;
        if (VECTOR) {
            memo.forget();
            int end = positions(x, from, to);
            DitacVectorKernel.insideAndCdf(x, g, insideScratch, cdfScratch, from, end, lo, lo + width);
            DitacVectorKernel.warp(x, cubic, 4 * intervals, index, fraction, insideScratch, warpedScratch, from, end, lo,
                    width);
            DitacVectorKernel.forwardOutput(warpedScratch, cdfScratch, y, from, end);
            memo.remember(x, to, tableVersion); // backward on the same x reuses the scratch: a third less work
            from = end;
        }
        for (int e = from; e < to; e++) { // no branch on [a, b]: inputs fall on both sides at random
            float v = x[e], u = (v - lo) * inverseWidth, inside = Step.nonNegative(u) * Step.nonNegative(1 - u);
            float warped = lo + width * hermite(intervals, Math.min(Math.max(u, 0f), 1f), false);
            y[e] = (v + inside * (warped - v)) * normalCdf(v, g[e]);
        }
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc,
                       float[] gridWeights) {
        if (!VECTOR) {
            backwardRange(x, y, dy, dx, from, to, o, acc);
            return;
        }
        refresh(o);
        int intervals = (o / d) * (table - 1), end = TablePositions.end(from, to);
        float hi = lo + width;
        float[] g = gauss;
        if (!memo.holds(x, to, tableVersion)) {
            g = gaussians(x, from, to);
            end = positions(x, from, to);
            DitacVectorKernel.insideAndCdf(x, g, insideScratch, cdfScratch, from, end, lo, hi);
            DitacVectorKernel.warp(x, cubic, 4 * intervals, index, fraction, insideScratch, warpedScratch, from, end,
                    lo, width);
        }
        DitacVectorKernel.warpSlope(cubicSlope, 4 * intervals, index, fraction, insideScratch, slopeScratch, from, end);
        DitacVectorKernel.backwardOutput(dy, g, cdfScratch, insideScratch, warpedScratch, slopeScratch, dx,
                weightScratch, from, end, width);
        float gridScale = (grid - 1) / width;
        TablePositions.positions(x, gridScale, -lo * gridScale, false, grid - 1, 1, gridIndex, gridFraction, from, to);
        for (int e = from; e < end; e++) {
            // outside [a, b] the weight is 0: added to one of 16 spare slot pairs in turn (see floatAccSize)
            int in = (int) insideScratch[e], j = in * gridIndex[e] + (1 - in) * (grid + 2 * (e & 15));
            float w = weightScratch[e], frac = gridFraction[e];
            gridWeights[j] += w * (1 - frac);
            gridWeights[j + 1] += w * frac;
        }
        backwardRange(x, y, dy, dx, end, to, o, acc); // the tail
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc) {
        refresh(o);
        float[] g = gaussians(x, from, to);
        int intervals = (o / d) * (table - 1);
        float inverseWidth = 1 / width;
        for (int e = from; e < to; e++) { // branch-free as forward; outside [a, b] the weights added are 0
            float v = x[e], u = (v - lo) * inverseWidth, cdf = normalCdf(v, g[e]);
            float inside = Step.nonNegative(u) * Step.nonNegative(1 - u), uc = Math.min(Math.max(u, 0f), 1f);
            float warped = v + inside * (lo + width * hermite(intervals, uc, false) - v);
            float warpedSlope = 1 + inside * (hermite(intervals, uc, true) - 1);
            float p = uc * (grid - 1);
            int j = Math.min((int) p, grid - 2);
            float frac = p - j, weight = dy[e] * cdf * width;
            // inside: the grid points around u; outside: one of 16 spare slots in turn (adding 0 there instead of at
            // the ends of the grid, where back-to-back additions to one slot would wait on each other)
            int in = (int) inside, slot = in * (d + j) + (1 - in) * (d + grid + 2 * (e & 15));
            acc[slot] += weight * (1 - frac);
            acc[slot + 1] += weight * frac;
            dx[e] = dy[e] * (warpedSlope * cdf + warped * INV_SQRT_2PI * g[e]);
        }
    }

    /** T(u), or T′(u), from the interval's Hermite cubic (coefficients built in refresh). */
    private float hermite(int intervals, float u, boolean derivative) {
        float p = u * (table - 1);
        int j = Math.min((int) p, table - 2);
        float s = p - j;
        int interval = intervals + j;
        if (!derivative) {
            int c = interval * 4;
            return cubic[c] + s * (cubic[c + 1] + s * (cubic[c + 2] + s * cubic[c + 3]));
        }
        int c = interval * 4;
        return cubicSlope[c] + s * (cubicSlope[c + 1] + s * cubicSlope[c + 2]);
    }

    private static final float INV_SQRT_2PI = (float) (1 / Math.sqrt(2 * Math.PI));

    /** Φ(x) by A&S 7.1.26 given gauss = e^{−x²/2}, |error| ≤ 7.5e-8. */
    private static float normalCdf(float x, float gauss) {
        float t = 1 / (1 + 0.3275911f * Math.abs(x) * 0.70710678f);
        float half = 0.5f * t * (0.254829592f + t * (-0.284496736f + t * (1.421413741f + t * (-1.453152027f
                + t * 1.061405429f)))) * gauss;
        return Math.copySign(0.5f - half, x) + 0.5f; // 1 − half for x ≥ 0, half below, without a branch
    }

    private double warped(double x, float[] t, int o, double[] slopeOut) {
        double u = (x - lo) / width;
        if (u < 0 || u > 1) {
            slopeOut[0] = 1;
            return x;
        }
        double[] f = new double[field.length];
        cpab.field(t, o, f);
        return lo + width * cpab.transform(u, f, null, slopeOut);
    }

    @Override
    double value(double x, float[] t, int o) {
        return warped(x, t, o, new double[1]) * Erf.normalCdf(x);
    }

    @Override
    double derivative(double x, float[] t, int o) {
        double[] s = new double[1];
        double w = warped(x, t, o, s);
        return s[0] * Erf.normalCdf(x) + w * Erf.normalPdf(x);
    }
}
