package org.activationexplorer.activation.trainable;

import java.util.Arrays;
import org.activationexplorer.activation.Splitter;
import org.activationexplorer.activation.special.Cpab1d;

/**
 * A CPAB transformation T_θ of [0, 1] (special/Cpab1d) made ready for the float loops, one table per parameter set:
 * T at about 1024 points as per-interval cubic Hermite polynomials (T′ is the cubic's derivative), rebuilt only when
 * the set's θ differs from the θ it was built for (a new version then); and backward's ∂/∂θ Σ_j W_j·T(g_j) at a
 * coarser grid g, every other table point.
 *
 * <p>Sizes, measured: the official code tabulates 2048 points (nearest point, no interpolation); rebuilding and
 * differentiating that many each step took most of a training step, while 1024 points with cubic Hermite pieces keep
 * T′ within the float tolerance of the gradient checks (256 and 512 points do not). Every cell boundary is a table
 * point, so no piece straddles one (T″ jumps there). Backward reads ∂T/∂θ as linear between grid points, so
 * Σ_e w_e·∂T/∂θ(u_e) = Σ_j W_j·∂T/∂θ(g_j) with the weights spread onto the grid: only the grid is differentiated,
 * once per step; at ~512 points that passes the 1e-4 gradient checks, at 256 it erred by 3e-4. The grid's points are
 * every other table point, so backward finds an element's grid interval from forward's table position.
 */
final class CpabTable {
    private final Cpab1d cpab;
    private final int d, points, gridPoints;
    private final Splitter threads;    // the activation's threads, as they are when a table is built
    private final double[] pointU, pointCell; // u_j = j/(points − 1) and its cell as a double (Cpab1d's loops)
    private final double[] gridU, gridCell;
    private final float[] builtFor;    // (sets, d): θ each table was built for; NaN: never built
    private final double[] t, slope;   // (sets, points) T(u_j), T′(u_j), double so that the cubics keep their digits
    private final float[] cubic;       // (sets, points − 1, 4) T on each piece as c₀ + s(c₁ + s(c₂ + s·c₃)), s ∈ [0, 1]
    private final double[] field, fieldGradient, thetaGradient; // A = B·θ of the set at work; ∂/∂A; ∂/∂θ
    private double[][] partSums = new double[0][];
    private int version;               // counts rebuilds
    private int building;              // the set being built, for the parts
    private double[] weights;          // the grid weights being differentiated, for the parts
    private int weightsAt;
    private final Splitter.Part buildPart = this::buildRange, gradientPart = this::gradientRange;

    CpabTable(Cpab1d cpab, int sets, Splitter threads) {
        int cells = cpab.cells();
        this.cpab = cpab;
        this.d = cpab.dimension();
        this.threads = threads;
        gridPoints = cells * ((512 + cells - 1) / cells) + 1;
        points = 2 * (gridPoints - 1) + 1;
        pointU = new double[points];
        pointCell = new double[points];
        for (int j = 0; j < points; j++) {
            pointU[j] = (double) j / (points - 1);
            pointCell[j] = cpab.cellOf(pointU[j]);
        }
        gridU = new double[gridPoints];
        gridCell = new double[gridPoints];
        for (int j = 0; j < gridPoints; j++) {
            gridU[j] = (double) j / (gridPoints - 1);
            gridCell[j] = cpab.cellOf(gridU[j]);
        }
        builtFor = new float[sets * d];
        Arrays.fill(builtFor, Float.NaN);
        t = new double[sets * points];
        slope = new double[sets * points];
        cubic = new float[sets * (points - 1) * 4];
        field = new double[2 * cells];
        fieldGradient = new double[2 * cells];
        thetaGradient = new double[d];
    }

    /** Pieces of the table over [0, 1]. */
    int intervals() {
        return points - 1;
    }

    int gridPoints() {
        return gridPoints;
    }

    /** Counts rebuilds: values computed from a table hold while its version is the same. */
    int version() {
        return version;
    }

    float[] cubic() {
        return cubic;
    }

    /** Where the set's pieces start in cubic(). */
    int base(int set) {
        return 4 * set * (points - 1);
    }

    /**
     * Rebuilds the table of the set whose θ is theta[o..o+d) if θ changed since it was built. A rebuild runs on the
     * threads, so it must not be reached from inside a split range (callers build before they split).
     */
    void refresh(float[] theta, int o) {
        boolean same = true;
        for (int k = 0; k < d; k++) {
            same &= builtFor[o + k] == theta[o + k];
        }
        if (same) {
            return;
        }
        int set = o / d;
        System.arraycopy(theta, o, builtFor, o, d);
        version++;
        cpab.field(theta, o, field);
        building = set;
        threads.split(buildPart); // ~1000 integrations: worth both threads
        // each piece's Hermite cubic as coefficients, computed in double and stored in float: evaluating them takes
        // no differences of nearby T values, so float keeps the digits
        double step = 1.0 / (points - 1);
        for (int j = 0; j < points - 1; j++) {
            double t0 = t[set * points + j], t1 = t[set * points + j + 1];
            double m0 = slope[set * points + j] * step, m1 = slope[set * points + j + 1] * step;
            double c2 = -3 * t0 - 2 * m0 + 3 * t1 - m1, c3 = 2 * t0 + m0 - 2 * t1 + m1;
            int c = base(set) + 4 * j;
            cubic[c] = (float) t0;
            cubic[c + 1] = (float) m0;
            cubic[c + 2] = (float) c2;
            cubic[c + 3] = (float) c3;
        }
    }

    /** The part-th share of the points of the set being built. */
    private void buildRange(int p, int parts) {
        cpab.transformAll(pointU, pointCell, Splitter.start(points, p, parts), Splitter.start(points, p + 1, parts),
                field, t, slope, building * points);
    }

    /**
     * out[k] += Σ_j W_j·∂T/∂θ_k(g_j) for the set whose θ is theta[o..o+d), with W_j = weights[weightsAt + j] for the
     * grid's points (points of zero weight cost nothing); on the threads.
     */
    void addGradient(float[] theta, int o, double[] weights, int weightsAt, double[] out) {
        cpab.field(theta, o, field);
        if (partSums.length < threads.parts()) {
            partSums = new double[threads.parts()][field.length];
        }
        this.weights = weights;
        this.weightsAt = weightsAt;
        threads.split(gradientPart);
        this.weights = null;
        Arrays.fill(fieldGradient, 0);
        for (int p = 0; p < threads.parts(); p++) {
            for (int r = 0; r < fieldGradient.length; r++) {
                fieldGradient[r] += partSums[p][r];
            }
        }
        cpab.toTheta(fieldGradient, thetaGradient);
        for (int k = 0; k < d; k++) {
            out[k] += thetaGradient[k];
        }
    }

    /** Σ W_j·∂T/∂A(g_j) over the part-th share of the grid, into partSums[p]. */
    private void gradientRange(int p, int parts) {
        Arrays.fill(partSums[p], 0);
        cpab.weightedGradients(gridU, gridCell, weights, weightsAt, Splitter.start(gridPoints, p, parts),
                Splitter.start(gridPoints, p + 1, parts), field, partSums[p]);
    }
}
