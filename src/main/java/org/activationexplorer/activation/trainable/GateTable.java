package org.activationexplorer.activation.trainable;

/**
 * A tabulated odd function of u for one parameter set: G and G′ at nodes |u| = i·STEP on [0, limit], and four
 * parameter derivatives ∂G/∂θ_j with slopes from central differences; cubic Hermite interpolation between nodes
 * (G to ~1e-9, G′ to ~1e-7 at STEP = 1/32). Training evaluates the same gate hundreds of thousands of times per step
 * with θ fixed, so one table per step (a few hundred exact evaluations) replaces per-element series sums;
 * arguments past the limit are left to the exact evaluation.
 */
final class GateTable {
    /** The limit for gate arguments u = s·m(x) with s ≤ 1; a steeper s gets s times as many nodes (see MittagLefflerGated). */
    static final double LIMIT = 16;
    static final double STEP = 1.0 / 32;
    static final float INVERSE_STEP = 32;
    /** Nodes of a table of LIMIT. */
    static final int NODES = (int) Math.round(LIMIT * INVERSE_STEP) + 1;
    static final int PARAMETERS = 4;
    static final int STRIDE = 4 * (1 + PARAMETERS);

    final double limit;
    final int nodes;
    final int intervals;
    final double[] g;
    final double[] slope;
    final double[] dTheta;       // (parameter, node)
    /** Per interval i: G's cubic in t (a0..a3), then each ∂G/∂θ_j's; value a0 + t(a1 + t(a2 + t·a3)). */
    private final double[] coefficients;
    /** Per interval i: G's cubic in t as float (the element loops stay in float; see floatAccSize). */
    final float[] gate;
    private final float[] builtFor = new float[PARAMETERS];
    private boolean built;

    GateTable(double limit) {
        this.limit = limit;
        nodes = (int) Math.round(limit * INVERSE_STEP) + 1;
        intervals = nodes - 1;
        g = new double[nodes];
        slope = new double[nodes];
        dTheta = new double[PARAMETERS * nodes];
        coefficients = new double[STRIDE * intervals];
        gate = new float[4 * intervals];
    }

    /** True when the table was built for theta[o..o+4). */
    boolean isFor(float[] theta, int o) {
        if (!built) {
            return false;
        }
        for (int j = 0; j < PARAMETERS; j++) {
            if (Float.floatToRawIntBits(builtFor[j]) != Float.floatToRawIntBits(theta[o + j])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cubics of intervals [from, to) from g, slope and dTheta (filled for every node first): G's from its exact
     * slopes, each ∂G/∂θ_j's from central differences of its node values. Parts of the intervals may run at once
     * (each writes only its intervals): measured 8–12 µs per build on one thread, rebuilt every training step.
     */
    void fill(int from, int to) {
        for (int i = from; i < to; i++) {
            cubic(g[i], g[i + 1], STEP * slope[i], STEP * slope[i + 1], i * STRIDE);
            for (int k = 0; k < 4; k++) {
                gate[4 * i + k] = (float) coefficients[i * STRIDE + k];
            }
            for (int j = 0; j < PARAMETERS; j++) {
                int b = j * nodes;
                cubic(dTheta[b + i], dTheta[b + i + 1], STEP * differenceSlope(b, i), STEP * differenceSlope(b, i + 1),
                        i * STRIDE + 4 * (j + 1));
            }
        }
    }

    /** The slope at node i of the values d[b..b+nodes) by central differences (odd: d(−h) = −d(h) at 0). */
    private double differenceSlope(int b, int i) {
        double[] d = dTheta;
        if (i == 0) {
            return d[b + 1] * INVERSE_STEP;
        }
        if (i == nodes - 1) {
            return (d[b + i] - d[b + i - 1]) * INVERSE_STEP;
        }
        return (d[b + i + 1] - d[b + i - 1]) * (0.5 * INVERSE_STEP);
    }

    /** Marks the table built for theta[o..): call after fill has covered every interval. */
    void finish(float[] theta, int o) {
        for (int j = 0; j < PARAMETERS; j++) {
            builtFor[j] = theta[o + j];
        }
        built = true;
    }

    private void cubic(double v0, double v1, double s0, double s1, int at) {
        coefficients[at] = v0;
        coefficients[at + 1] = s0;
        coefficients[at + 2] = 3 * (v1 - v0) - 2 * s0 - s1;
        coefficients[at + 3] = 2 * (v0 - v1) + s0 + s1;
    }

    static double node(int i) {
        return i * STEP;
    }

    /**
     * acc[j] += Σ_e w_e·D_j(u_e) for each moment array, zeroing it: with D_j the cubic Σ_k d_jk(i)·t^k of ∂G/∂θ_j on
     * an element's interval i, that sum is Σ_i Σ_k d_jk(i)·M_k(i), the moments M_k(i) = Σ_{e in i} w_e·t_e^k at
     * moments[4i + k]. So each element adds four moments (instead of evaluating four cubics) and this runs once per step.
     */
    void addParameterGradients(float[][] momentsPerPart, double[] acc) {
        double[] c = coefficients;
        for (float[] moments : momentsPerPart) {
            for (int i = 0; i < intervals; i++) {
                int at = 4 * i;
                if (moments[at] == 0 && moments[at + 1] == 0 && moments[at + 2] == 0 && moments[at + 3] == 0) {
                    continue; // no element fell here
                }
                for (int j = 0; j < PARAMETERS; j++) {
                    int d = i * STRIDE + 4 * (j + 1);
                    acc[j] += c[d] * moments[at] + c[d + 1] * moments[at + 1] + c[d + 2] * moments[at + 2]
                            + c[d + 3] * moments[at + 3];
                }
                moments[at] = moments[at + 1] = moments[at + 2] = moments[at + 3] = 0;
            }
        }
    }
}
