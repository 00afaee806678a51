package org.activationexplorer.activation.special;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * One-dimensional CPAB transformations (Freifeld et al.; difw, as used by DiTAC; spec §4.2–4.4): a
 * continuous piecewise-affine velocity field on [0, 1] split into nc equal cells, zero at both ends, and
 * T(ξ) = φ(ξ, 1), the solution of dφ/dt = v(φ) from φ(0) = ξ, integrated in closed form cell by cell.
 *
 * <p>The field is A = (a_0, b_0, …, a_{nc−1}, b_{nc−1}) with v(ξ) = a_c·ξ + b_c in cell c, and A = B·θ, where the
 * columns of B are an orthonormal basis of the continuous zero-boundary fields: the Q of the QR decomposition of the
 * interior-vertex-velocity matrix M (spec §4.2's recommended construction). The linear algebra (QR, Cholesky, the
 * inverse) is Apache Commons Math's.
 */
public final class Cpab1d {
    private static final double EPS = 1e-12;
    private final int cells;
    private final double h;
    private final RealMatrix basisMatrix; // B (2nc, d)
    private final double[][] basis;       // the same, as rows for the loops below

    public Cpab1d(int cells) {
        if (cells < 2) {
            throw new IllegalArgumentException("a CPAB field needs at least 2 cells");
        }
        this.cells = cells;
        this.h = 1.0 / cells;
        this.basisMatrix = orthonormalColumns(MatrixUtils.createRealMatrix(vertexBasis(cells)));
        this.basis = basisMatrix.getData();
    }

    public int cells() {
        return cells;
    }

    /** d = nc − 1, the number of parameters θ. */
    public int dimension() {
        return cells - 1;
    }

    /** M (2nc × (nc−1)): A = M·w for interior vertex velocities w, w_0 = w_nc = 0. */
    public static double[][] vertexBasis(int cells) {
        double h = 1.0 / cells;
        double[][] m = new double[2 * cells][cells - 1];
        for (int j = 1; j < cells; j++) { // unit velocity at vertex j: the hat between cells j−1 and j
            int col = j - 1;
            m[2 * (j - 1)][col] = 1 / h;             // a_{j−1} = (w_j − w_{j−1})/h
            m[2 * (j - 1) + 1][col] = -(j - 1);      // b_{j−1} = w_{j−1} − a_{j−1}·(j−1)h = −(j−1)
            m[2 * j][col] = -1 / h;                  // a_j = (w_{j+1} − w_j)/h
            m[2 * j + 1][col] = 1 + j;               // b_j = w_j − a_j·j·h = 1 + j
        }
        return m;
    }

    /**
     * The first columns of Q in M = Q·R (Householder), each signed so that R's diagonal is positive: the basis that
     * Gram–Schmidt on M's columns gives, which earlier versions built, so that saved θ keep their meaning.
     */
    private static RealMatrix orthonormalColumns(RealMatrix m) {
        QRDecomposition qr = new QRDecomposition(m);
        RealMatrix q = qr.getQ().getSubMatrix(0, m.getRowDimension() - 1, 0, m.getColumnDimension() - 1);
        for (int k = 0; k < q.getColumnDimension(); k++) {
            if (qr.getR().getEntry(k, k) < 0) {
                q.setColumnVector(k, q.getColumnVector(k).mapMultiply(-1));
            }
        }
        return q;
    }

    /** A = B·θ, θ read from theta[offset..offset+d). A [written] (2nc). */
    public void field(float[] theta, int offset, double[] a) {
        for (int r = 0; r < 2 * cells; r++) {
            double sum = 0;
            for (int k = 0; k < cells - 1; k++) {
                sum += basis[r][k] * theta[offset + k];
            }
            a[r] = sum;
        }
    }

    /** g_θ = Bᵀ·g_A: a gradient with respect to A as one with respect to θ. out [written] (d). */
    public void toTheta(double[] gradientA, double[] out) {
        for (int k = 0; k < cells - 1; k++) {
            double sum = 0;
            for (int r = 0; r < 2 * cells; r++) {
                sum += basis[r][k] * gradientA[r];
            }
            out[k] = sum;
        }
    }

    /** The cell ξ lies in (the last for ξ = 1). */
    public int cellOf(double xi) {
        return Math.max(0, Math.min(cells - 1, (int) Math.floor(xi * cells)));
    }

    private static final boolean VECTOR = VectorApi.PRESENT;

    /**
     * T(ξ[e]) into t[at + e] and T′(ξ[e]) into slope[at + e] for e in [from, to), as transform does one by one;
     * startIndex[e] = cellOf(ξ[e]) as a double (precomputed by the caller for points it reuses).
     * On the Vector API when present: 2.5× faster than one by one (measured on 1031 points).
     */
    public void transformAll(double[] xi, double[] startIndex, int from, int to, double[] field, double[] t,
                             double[] slope, int at) {
        int e = from;
        if (VECTOR) {
            int end = from + (to - from) / Cpab1dVectorKernel.lanes() * Cpab1dVectorKernel.lanes();
            Cpab1dVectorKernel.transforms(xi, startIndex, from, end, field, cells, h, t, slope, at);
            e = end;
        }
        double[] s = new double[1];
        for (; e < to; e++) {
            t[at + e] = transform(xi[e], field, null, s);
            slope[at + e] = s[0];
        }
    }

    /**
     * sum[r] += Σ_e weight[weightAt + e]·∂T/∂A_r(ξ[e]) for e in [from, to), as transform's dA one by one (points of
     * zero weight cost nothing); startIndex[e] = cellOf(ξ[e]) as a double. On the Vector API when present.
     */
    public void weightedGradients(double[] xi, double[] startIndex, double[] weight, int weightAt, int from, int to,
                                  double[] field, double[] sum) {
        int e = from;
        if (VECTOR) {
            int end = from + (to - from) / Cpab1dVectorKernel.lanes() * Cpab1dVectorKernel.lanes();
            Cpab1dVectorKernel.weightedGradients(xi, startIndex, weight, weightAt, from, end, field, cells, h, sum);
            e = end;
        }
        double[] point = new double[2 * cells];
        for (; e < to; e++) {
            double w = weight[weightAt + e];
            if (w != 0) {
                transform(xi[e], field, point, null);
                for (int r = 0; r < point.length; r++) {
                    sum[r] += w * point[r];
                }
            }
        }
    }

    /** ψ(x, t) in a cell with v = a·x + b. */
    private static double psi(double x, double t, double a, double b) {
        return Math.abs(a) < EPS ? x + t * b : Math.exp(t * a) * x + (b / a) * Math.expm1(t * a);
    }

    /**
     * T(ξ) for ξ in [0, 1] under field A. When dA is not null it receives dT/dA (2nc, [written]); returns
     * T, and writes dT/dξ into slope[0] when slope is not null.
     */
    public double transform(double xi, double[] field, double[] dA, double[] slope) {
        int c = cellOf(xi), start = c;
        double t = 1, xs = xi;
        while (true) { // §4.3: cross cells while the time lasts
            double a = field[2 * c], b = field[2 * c + 1], v = a * xs + b;
            if (Math.abs(v) < EPS) {
                break;
            }
            int next = v > 0 ? c + 1 : c - 1;
            if (next < 0 || next >= cells) {
                break;
            }
            double xc = v > 0 ? (c + 1) * h : c * h, vc = a * xc + b;
            if (vc * v <= 0) {
                break;
            }
            double hit = Math.abs(a) < EPS ? (xc - xs) / b : Math.log(vc / v) / a;
            if (hit >= t) {
                break;
            }
            t -= hit;
            xs = xc;
            c = next;
        }
        double a = field[2 * c], b = field[2 * c + 1];
        double result = psi(xs, t, a, b);
        if (slope != null) {
            slope[0] = c == start ? Math.exp(a * t) : (a * result + b) / (field[2 * start] * xi + field[2 * start + 1]);
        }
        if (dA != null) {
            Arrays.fill(dA, 0);
            double vT = a * result + b; // v(T) in the final cell
            // the final cell: ∂ψ/∂a, ∂ψ/∂b at (x_m, t_m)
            if (Math.abs(a) < EPS) {
                dA[2 * c] = t * t * b / 2 + t * xs; // limit a → 0 of the a ≠ 0 form below
                dA[2 * c + 1] = t;
            } else {
                double e = Math.exp(t * a);
                dA[2 * c] = t * e * (xs + b / a) - Math.expm1(t * a) * b / (a * a);
                dA[2 * c + 1] = Math.expm1(t * a) / a;
            }
            // every crossed cell shortens or lengthens the remaining time: dT += v(T)·dt_m, dt_m = −Σ ∂t_hit
            int step = c > start ? 1 : -1;
            double s = xi;
            for (int k = start; k != c; k += step) {
                double ak = field[2 * k], bk = field[2 * k + 1], xc = step > 0 ? (k + 1) * h : k * h;
                double vs = ak * s + bk, vc = ak * xc + bk;
                double dHitDa = Math.abs(ak) < EPS ? -(xc * xc - s * s) / (2 * bk * bk)
                        : -Math.log(vc / vs) / (ak * ak) + (s - xc) * (-bk) / (ak * vs * vc);
                double dHitDb = (s - xc) / (vs * vc);
                dA[2 * k] -= vT * dHitDa;
                dA[2 * k + 1] -= vT * dHitDb;
                s = xc;
            }
        }
        return result;
    }

    /**
     * Covariance of θ under difw's prior on the field (spec §4.6): Bᵀ·Σ·B with Σ between entries of cells i, j
     * (cell centres (i + ½)/nc) = v²·exp(−|cᵢ − cⱼ|/(2s²)) for two a's or two b's, v²·exp(−100·max dist/(2s²)) across.
     */
    public double[][] priorCovariance(double lengthScale, double variance) {
        int n = 2 * cells;
        double[][] sigma = new double[n][n];
        double maxDistance = (cells - 1.0) / cells, cross = variance * variance
                * Math.exp(-100 * maxDistance / (2 * lengthScale * lengthScale));
        for (int r = 0; r < n; r++) {
            for (int q = 0; q < n; q++) {
                double distance = Math.abs((r / 2) - (q / 2)) / (double) cells;
                sigma[r][q] = r % 2 == q % 2
                        ? variance * variance * Math.exp(-distance / (2 * lengthScale * lengthScale)) : cross;
            }
        }
        return projected(sigma).getData();
    }

    /**
     * A draw of θ from that prior, as difw's sample_transformation_with_prior: L·z with L·Lᵀ the covariance
     * (Cholesky) and z standard normal from random, into theta[offset..offset+d).
     */
    public void samplePrior(double lengthScale, double variance, Random random, float[] theta, int offset) {
        RealMatrix l = new CholeskyDecomposition(MatrixUtils.createRealMatrix(priorCovariance(lengthScale, variance)))
                .getL();
        double[] z = new double[cells - 1];
        for (int k = 0; k < z.length; k++) {
            z[k] = random.nextGaussian();
        }
        double[] sample = l.operate(z);
        for (int k = 0; k < sample.length; k++) {
            theta[offset + k] = (float) sample[k];
        }
    }

    /**
     * DiTAC's regulariser precision P = (Bᵀ·C·B + ε·I)^{−1}, C_ij = (λ_var·D)²·exp(−2|cᵢ − cⱼ|/λ_smooth) with
     * centres linspace(−1, 1, D), D = 2nc, ε = float epsilon (spec §4.6, misc.py get_precision_mat).
     */
    public double[][] regulariserPrecision(double smoothness, double variance) {
        int n = 2 * cells;
        double[][] c = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int q = 0; q < n; q++) {
                double distance = Math.abs(r - q) * 2.0 / (n - 1);
                c[r][q] = (variance * n) * (variance * n) * Math.exp(-2 * distance / smoothness);
            }
        }
        RealMatrix m = projected(c).add(MatrixUtils.createRealIdentityMatrix(cells - 1).scalarMultiply(Math.ulp(1f)));
        return new CholeskyDecomposition(m).getSolver().getInverse().getData();
    }

    /**
     * Bᵀ·M·B for a symmetric M, made exactly symmetric: the two triangles of the product differ in the last bits,
     * and Commons Math's Cholesky rejects a matrix whose triangles differ by more than 1e-15 relative.
     */
    private RealMatrix projected(double[][] m) {
        RealMatrix p = basisMatrix.transpose().multiply(MatrixUtils.createRealMatrix(m)).multiply(basisMatrix);
        return p.add(p.transpose()).scalarMultiply(0.5);
    }
}
