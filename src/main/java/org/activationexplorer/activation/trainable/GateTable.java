package org.activationexplorer.activation.trainable;

/**
 * A tabulated odd function of y for one parameter set: G and G′ at nodes u = |y| = i·STEP on [0, LIMIT], and
 * four parameter derivatives ∂G/∂θ_j with slopes from central differences; cubic Hermite interpolation
 * between nodes (G to ~1e-9, G′ to ~1e-7 at STEP = 1/32). Training evaluates the same gate hundreds of
 * thousands of times per step with θ fixed, so one table per step (a few hundred exact evaluations) replaces
 * per-element series sums; arguments past LIMIT are left to the exact evaluation.
 */
final class GateTable {
    static final double LIMIT = 16;
    static final double STEP = 1.0 / 32;
    private static final double INVERSE_STEP = 32;
    static final int NODES = (int) Math.round(LIMIT * INVERSE_STEP) + 1;
    static final int INTERVALS = NODES - 1;
    static final int PARAMETERS = 4;

    final double[] g = new double[NODES];
    final double[] slope = new double[NODES];
    final double[] dTheta = new double[PARAMETERS * NODES];       // (parameter, node)
    final double[] dThetaSlope = new double[PARAMETERS * NODES];
    static final int STRIDE = 4 * (1 + PARAMETERS);
    /** Per interval i: G's cubic in t (a0..a3), then each ∂G/∂θ_j's; value a0 + t(a1 + t(a2 + t·a3)). */
    final double[] coefficients = new double[STRIDE * (NODES - 1)];
    /** Per interval i: G's cubic in t as float (the element loops stay in float; see floatAccSize). */
    final float[] gate = new float[4 * (NODES - 1)];
    private final float[] builtFor = new float[PARAMETERS];
    private boolean built;

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

    /** Marks the table built for theta[o..): call after filling g, slope and dTheta. */
    void finish(float[] theta, int o) {
        for (int j = 0; j < PARAMETERS; j++) {
            double[] d = dTheta;
            int b = j * NODES;
            dThetaSlope[b] = d[b + 1] * INVERSE_STEP; // odd: d(−h) = −d(h)
            for (int i = 1; i < NODES - 1; i++) {
                dThetaSlope[b + i] = (d[b + i + 1] - d[b + i - 1]) * (0.5 * INVERSE_STEP);
            }
            dThetaSlope[b + NODES - 1] = (d[b + NODES - 1] - d[b + NODES - 2]) * INVERSE_STEP;
            builtFor[j] = theta[o + j];
        }
        for (int i = 0; i < NODES - 1; i++) {
            cubic(g, slope, 0, i, i * STRIDE);
            for (int k = 0; k < 4; k++) {
                gate[4 * i + k] = (float) coefficients[i * STRIDE + k];
            }
            for (int j = 0; j < PARAMETERS; j++) {
                cubic(dTheta, dThetaSlope, j * NODES, i, i * STRIDE + 4 * (j + 1));
            }
        }
        built = true;
    }

    private void cubic(double[] v, double[] s, int base, int i, int at) {
        double v0 = v[base + i], v1 = v[base + i + 1], s0 = STEP * s[base + i], s1 = STEP * s[base + i + 1];
        coefficients[at] = v0;
        coefficients[at + 1] = s0;
        coefficients[at + 2] = 3 * (v1 - v0) - 2 * s0 - s1;
        coefficients[at + 3] = 2 * (v0 - v1) + s0 + s1;
    }

    static double node(int i) {
        return i * STEP;
    }

    /** Interpolation position of u in [0, LIMIT): the node index; the fraction goes to fraction(). */
    static int index(double u) {
        return (int) (u * INVERSE_STEP);
    }

    static double fraction(double u, int i) {
        return u * INVERSE_STEP - i;
    }

    /** The cubic at c[at..at+4) at t. */
    static double cubicAt(double[] c, int at, double t) {
        return c[at] + t * (c[at + 1] + t * (c[at + 2] + t * c[at + 3]));
    }

    /** d/du of the cubic at c[at..at+4). */
    static double cubicSlopeAt(double[] c, int at, double t) {
        return (c[at + 1] + t * (2 * c[at + 2] + t * 3 * c[at + 3])) * INVERSE_STEP;
    }
}
