package org.activationexplorer.activation.trainable;

import java.util.Random;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.Splitter;
import org.activationexplorer.activation.special.Cpab1d;
import org.activationexplorer.activation.special.Step;
import org.activationexplorer.activation.special.VectorApi;

/**
 * What DiTAC and Leaky-DiTAC share (spec §4): the warped input x̃ = a + (b − a)·T_θ(u), u = (x − a)/(b − a), inside
 * [a, b] and x̃ = x outside, T_θ a CPAB transformation of [0, 1] with θ ∈ ℝ^{tess−1} (θ = 0: x̃ = x). x̃′ = T′(u)
 * inside, 1 outside; ∂x̃/∂θ = (b − a)·∂T/∂θ(u) inside, 0 outside. A family writes its formula in x and x̃; here, per
 * element into arrays its loops read: x̃ and x̃′ from the tables (CpabTable), and ∂L/∂θ from the ∂L/∂x̃ the family
 * leaves in warpGradient(); the prior start, the regulariser (DitacSetup) and x̃ integrated exactly for value() and
 * derivative(). Every loop has one path for the Vector API's share of a range and one for the rest (its tail, or all
 * of it without the module).
 */
abstract class DitacWarp extends TrainableActivation {
    private static final boolean VECTOR = VectorApi.PRESENT;
    protected final float lo, width; // a and b − a
    private final Cpab1d cpab;
    private final CpabTable table;
    private final double[][] precision; // P of the regulariser, null when it is off
    private final double lambdaReg;
    private final ForwardMemo memo = new ForwardMemo(); // whether the arrays below (and the family's) hold forward's
    private int[] index = new int[0];          // per element: 4·table piece (TablePositions)
    private float[] fraction = new float[0];   // per element: where in it
    private float[] inside = new float[0];     // per element: 1 inside [a, b], 0 outside
    private float[] warped = new float[0], slope = new float[0], warpGradient = new float[0]; // x̃, x̃′, ∂L/∂x̃
    private int[] gridSlot = new int[0];       // per element, for ∂L/∂θ: the grid point below it (or a spare slot)
    private float[] gridLow = new float[0], gridHigh = new float[0]; // and its weight there and at the next point

    DitacWarp(DitacSetup setup, Sharing sharing, int channels) {
        super(setup.tess() - 1, sharing, channels, new double[setup.tess() - 1]);
        cpab = new Cpab1d(setup.tess());
        lo = (float) setup.a();
        width = (float) (setup.b() - setup.a());
        table = new CpabTable(cpab, theta.length / setSize, new Splitter() {
            @Override
            public void split(Part part) {
                inParts(part);
            }

            @Override
            public int parts() {
                return DitacWarp.this.parts();
            }
        });
        lambdaReg = setup.lambdaReg();
        precision = lambdaReg > 0 ? cpab.regulariserPrecision(DitacSetup.REG_SMOOTHNESS, DitacSetup.REG_VARIANCE) : null;
        if (setup.prior()) { // each set a draw of its own, in order, from the seed
            Random random = new Random(setup.seed());
            for (int o = 0; o < theta.length; o += setSize) {
                cpab.samplePrior(DitacSetup.INIT_LENGTH_SCALE, DitacSetup.INIT_VARIANCE, random, theta, o);
            }
        }
    }

    /** The family's own per-element arrays, grown (to n) with the shared ones; forward's values in them are kept. */
    void grow(int n) {}

    /** Per-element arrays for n elements: grown before parts run (prepare), never while they do. */
    private void ready(int o, int n) {
        if (warped.length < n && !splitting()) {
            index = new int[n];
            fraction = new float[n];
            inside = new float[n];
            warped = new float[n];
            slope = new float[n];
            warpGradient = new float[n];
            gridSlot = new int[n];
            gridLow = new float[n];
            gridHigh = new float[n];
            grow(n);
            memo.reset();
        }
        table.refresh(theta, o);
    }

    /** Forward: x̃ for [from, to) with the set at o, into the array returned (and x̃′ into warpSlope()'s). */
    protected final float[] warp(float[] x, int from, int to, int o) {
        ready(o, passSize);
        memo.forget();
        warpRange(x, from, to, o / setSize);
        memo.remember(x, to, table.version()); // backward on the same x reuses them: a third less work
        return warped;
    }

    /**
     * Backward: true if warped() and the family's arrays still hold forward's values for x on [from, to) (the same
     * array, the same table); otherwise x̃ is computed again and the family's arrays are the family's to redo.
     */
    protected final boolean warpKept(float[] x, int from, int to, int o) {
        ready(o, passSize);
        if (memo.holds(x, to, table.version())) {
            return true;
        }
        warpRange(x, from, to, o / setSize);
        return false;
    }

    private void warpRange(float[] x, int from, int to, int set) {
        int e = from, intervals = table.intervals(), base = table.base(set);
        float scale = intervals / width;
        float[] cubic = table.cubic();
        if (VECTOR) {
            e = TablePositions.positions(x, scale, -lo * scale, false, intervals, 4, index, fraction, from, to);
            DitacVectorKernel.warp(x, cubic, base, intervals, index, fraction, inside, warped, slope, from, e, lo,
                    width);
        }
        float inverseWidth = 1 / width, top = Math.nextDown((float) intervals);
        for (; e < to; e++) { // the kernel's twin; no branch on [a, b]: inputs fall on both sides at random
            float v = x[e], u = (v - lo) * inverseWidth, p = Math.min(Math.max(u * intervals, 0f), top);
            int j = (int) p, c = base + 4 * j;
            float s = p - j, in = Step.nonNegative(u) * Step.nonNegative(1 - u);
            float t = cubic[c] + s * (cubic[c + 1] + s * (cubic[c + 2] + s * cubic[c + 3]));
            float tPrime = (cubic[c + 1] + s * (2 * cubic[c + 2] + s * 3 * cubic[c + 3])) * intervals;
            index[e] = 4 * j;
            fraction[e] = s;
            inside[e] = in;
            warped[e] = v + in * (lo + width * t - v);
            slope[e] = 1 + in * (tPrime - 1);
        }
    }

    protected final float[] warped() {
        return warped;
    }

    /** x̃′, after warp or warpKept. */
    protected final float[] warpSlope() {
        return slope;
    }

    /** Where the family's backward writes ∂L/∂x̃ per element, for addWarpGradient. */
    protected final float[] warpGradient() {
        return warpGradient;
    }

    /**
     * Spreads (b − a)·∂L/∂x̃ of the elements inside [a, b] onto the two grid points around u, found from forward's
     * table positions (finishSet turns the grid weights into ∂L/∂θ); elements outside go to one of 16 spare slot pairs
     * in turn, which finishSet drops: no branch, and runs of outside elements do not add to one slot back to back
     * (each add would wait on the last). The slots and weights come first, in vector lanes, then the adds in a scalar
     * loop (lanes cannot add: two elements may share a slot): on 16,384 elements, 1.6 ns per element when one scalar
     * loop did both, 0.9 for the adds alone.
     */
    protected final void addWarpGradient(int from, int to, float[] gridWeights) {
        int spare = table.gridPoints(), e = from;
        if (VECTOR) {
            e = TablePositions.end(from, to);
            DitacVectorKernel.gridWeights(index, fraction, inside, warpGradient, width, spare, gridSlot, gridLow,
                    gridHigh, from, e);
        }
        for (; e < to; e++) {
            int in = (int) inside[e], spareSlot = spare + 2 * (e & 15), j = index[e] >> 2;
            float w = warpGradient[e] * width * in, f = ((j & 1) + fraction[e]) * 0.5f;
            gridSlot[e] = spareSlot + in * ((j >> 1) - spareSlot);
            gridHigh[e] = w * f;
            gridLow[e] = w - w * f;
        }
        for (e = from; e < to; e++) {
            int j = gridSlot[e];
            gridWeights[j] += gridLow[e];
            gridWeights[j + 1] += gridHigh[e];
        }
    }

    /** The family's backward over [from, to): dx, and ∂L/∂x̃ into warpGradient(), then addWarpGradient. */
    @Override
    abstract void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc,
                                float[] gridWeights);

    @Override
    final void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc) {
        backwardRange(x, y, dy, dx, from, to, o, acc, floatAccs()[0]);
    }

    @Override
    final int accSize() {
        return setSize + table.gridPoints(); // θ, then the grid weights
    }

    @Override
    final int floatAccSize() {
        return table.gridPoints() + 32; // the grid weights, then the spare slots
    }

    @Override
    final boolean splittable() {
        return true; // after prepare, ranges only read the tables and write their own elements and accumulators
    }

    @Override
    final void prepare(int o, int n) {
        ready(o, n);
    }

    /** ∂L/∂θ of the set at o from its grid weights (every part's), plus the regulariser's 2λ·P·θ. */
    @Override
    final void finishSet(int o, double[] acc) {
        int grid = table.gridPoints();
        for (float[] weights : floatAccs()) {
            for (int j = 0; j < weights.length; j++) {
                if (j < grid) {
                    acc[setSize + j] += weights[j];
                }
                weights[j] = 0;
            }
        }
        table.addGradient(theta, o, acc, setSize, acc);
        for (int k = 0; precision != null && k < setSize; k++) {
            double sum = 0;
            for (int j = 0; j < setSize; j++) {
                sum += precision[k][j] * theta[o + j];
            }
            acc[k] += 2 * lambdaReg * sum;
        }
    }

    /** x̃ in double, integrated exactly, with x̃′ into slopeOut[0]. */
    protected final double warped(double x, float[] t, int o, double[] slopeOut) {
        double u = (x - lo) / width;
        if (u < 0 || u > 1) {
            slopeOut[0] = 1;
            return x;
        }
        double[] field = new double[2 * cpab.cells()];
        cpab.field(t, o, field);
        return lo + width * cpab.transform(u, field, null, slopeOut);
    }
}
