package org.activationexplorer.activation.trainable;

import java.util.function.Consumer;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.Splitter;
import org.activationexplorer.activation.special.VectorApi;

/**
 * Mittag-Leffler gated activation (after Mostafanejad 2023, arXiv 2302.11007; spec §3), with u = s·m(x):
 * <pre>
 *   A(x)    = xᵖ·(c₀ + c₁·G(u)),   G(u) = u·E_{α₁,β₁}(u²)/E_{α₂,β₂}(u²),   θ = (α₁, β₁, α₂, β₂) trained
 *   dA/dx   = p·(c₀ + c₁·G(u)) + xᵖ·c₁·G′(u)·s·m′(x)       (p is 0 or 1)
 *   ∂A/∂θ_j = xᵖ·c₁·∂G/∂θ_j(u)                               (0 when the hyperparameter frozen is 1)
 * </pre>
 * p, c₀, c₁, s and the map m come with the initialisation base (MittagLefflerForms, MittagLefflerArgument). G comes
 * exactly from its series (MittagLefflerGate) where a set sees few elements per pass (plots, gradient checks,
 * per-neuron sets), and otherwise from the set's GateTable, rebuilt when θ moved, once per step: summing two series
 * per element made this family ~12× slower than ReLU. The table path runs 16 lanes at a time in its twin,
 * MittagLefflerVectorKernel; the scalar loop here takes the tail (everything without the Vector API); arguments past
 * the table take the exact gate. The table path's θ-gradients are per-interval moments, folded once per step.
 */
public final class MittagLefflerGated extends TrainableActivation {
    public static final Family FAMILY = MittagLefflerForms.family((p, init, sharing, channels) -> new MittagLefflerGated(
            MittagLefflerForms.form(init, p.get("steepness")), p.get("frozen") == 1, sharing, channels));
    /** Passes with fewer elements per set than this evaluate the gate exactly (a table costs ~2·NODES gates). */
    static final int TABLE_THRESHOLD = 8 * GateTable.NODES;
    private static final boolean VECTOR = VectorApi.PRESENT;

    private final int power;
    private final double c0, c1, s;
    private final MittagLefflerArgument argument;
    private final boolean frozen;
    private final MittagLefflerGate gate;
    private final GateTable[] tables; // per set
    private final MittagLefflerScratch buffers = new MittagLefflerScratch();
    private final Consumer<Splitter.Part> inParts = this::inParts;
    private int tableVersion; // counts table rebuilds, so backward knows forward's buffers still hold

    public MittagLefflerGated(String init, Sharing sharing, int channels) {
        this(MittagLefflerForms.form(init, 10), false, sharing, channels);
    }

    MittagLefflerGated(MittagLefflerForms.Form form, boolean frozen, Sharing sharing, int channels) {
        super(4, sharing, channels, form.theta());
        power = form.power();
        c0 = form.c0();
        c1 = form.c1();
        s = form.scale();
        argument = form.argument();
        this.frozen = frozen;
        gate = new MittagLefflerGate(theta.length / 4);
        tables = new GateTable[theta.length / 4];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = new GateTable(GateTable.LIMIT * Math.max(1, s)); // x (or m(x)) up to 16 on the table
        }
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double value(double x, float[] t, int o) {
        return (power == 0 ? 1 : x) * (c0 + c1 * gate.value(s * argument.map(x), t, o));
    }

    @Override
    double derivative(double x, float[] t, int o) {
        return exact(x, t, o, 0, null, null, 0);
    }

    /** dA/dx exactly; with y, y[e] = A(x); with acc, acc += g·∂A/∂θ unless frozen. Locks: parallel parts share the gate. */
    private synchronized double exact(double x, float[] t, int o, double g, double[] acc, float[] y, int e) {
        double xp = power == 0 ? 1 : x, outer = c0 + c1 * gate.evaluate(s * argument.map(x), t, o);
        if (y != null) {
            y[e] = (float) (xp * outer);
        }
        for (int j = 0; acc != null && !frozen && j < 4; j++) {
            acc[j] += g * xp * c1 * gate.dTheta[j];
        }
        return power * outer + xp * c1 * gate.slope * s * argument.slope(x);
    }

    @Override
    void forwardRange(float[] x, float[] y, int from, int to, int o) {
        if (!tabulate()) {
            for (int e = from; e < to; e++) {
                y[e] = (float) value(x[e], theta, o);
            }
            return;
        }
        buffers.memo.forget();
        tabulated(x, y, from, to, o);
        buffers.memo.remember(x, to, tableVersion); // backward on the same x reuses positions and slopes
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc) {
        for (int e = from; e < to; e++) {
            dx[e] = (float) (dy[e] * exact(x[e], theta, o, dy[e], acc, null, 0));
        }
    }

    /** moments[4i + k] += Σ w·tᵏ over the elements in interval i, w = sign(u)·c₁·dy·xᵖ (GateTable.addParameterGradients). */
    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc,
                       float[] moments) {
        if (!tabulate()) {
            backwardRange(x, y, dy, dx, from, to, o, acc);
            return;
        }
        if (!buffers.memo.holds(x, to, tableVersion)) { // a backward without its forward: forward's pass, y into dx
            tabulated(x, dx, from, to, o);
        }
        float[] slope = buffers.slope, fraction = buffers.fraction, arg = argument == MittagLefflerArgument.LINEAR
                ? x : buffers.u;
        for (int e = from; e < to; e++) {
            dx[e] = dy[e] * slope[e];
        }
        float scale = argument == MittagLefflerArgument.LINEAR ? (float) s : 1, limit = (float) tables[o / 4].limit;
        for (int e = from; e < to && !frozen; e++) {
            if (!(Math.abs(scale * arg[e]) < limit)) {
                exact(x[e], theta, o, dy[e], acc, null, 0); // rare: past the table
                continue;
            }
            int at = buffers.index[e];
            float t = fraction[e], w = Math.copySign(1f, arg[e]) * (float) c1 * dy[e] * (power == 0 ? 1 : x[e]);
            moments[at] += w;
            moments[at + 1] += w * t;
            moments[at + 2] += w * t * t;
            moments[at + 3] += w * t * t * t;
        }
    }

    /** A on [from, to) from the set's table into y; dA/dx and the positions (u, du) stay in the buffers. */
    private void tabulated(float[] x, float[] y, int from, int to, int o) {
        GateTable table = table(o);
        MittagLefflerScratch b = buffers;
        b.ensure(passSize, argument != MittagLefflerArgument.LINEAR, splitting());
        float[] arg = x, du = null, c = table.gate;
        float scale = (float) s, k0 = (float) c0, k1 = (float) c1, inverse = GateTable.INVERSE_STEP;
        if (argument != MittagLefflerArgument.LINEAR) {
            argument.fill(x, scale, b.u, b.du, from, to);
            arg = b.u;
            du = b.du;
            scale = 1;
        }
        int end = !VECTOR ? from : TablePositions.positions(arg, scale * inverse, 0, true, table.intervals, 4, b.index,
                b.fraction, from, to);
        if (VECTOR) {
            MittagLefflerVectorKernel.forward(x, arg, du, c, b.index, b.fraction, y, b.slope, from, end, power == 1,
                    scale, k0, k1);
        }
        for (int e = end; e < to; e++) { // the kernel's scalar twin
            float p = Math.abs(scale * arg[e]) * inverse, chain = k1 * inverse * (du == null ? scale : du[e]);
            int i = Math.min((int) p, table.intervals - 1), at = 4 * i;
            float t = p - i, g = Math.copySign(c[at] + t * (c[at + 1] + t * (c[at + 2] + t * c[at + 3])), arg[e]);
            float gPrime = (c[at + 1] + t * (2 * c[at + 2] + t * 3 * c[at + 3])) * chain, outer = k0 + k1 * g;
            b.index[e] = at;
            b.fraction[e] = t;
            y[e] = power == 0 ? outer : x[e] * outer;
            b.slope[e] = power == 0 ? gPrime : outer + x[e] * gPrime;
        }
        for (int e = from; e < to; e++) {
            if (!(Math.abs(scale * arg[e]) < (float) table.limit)) { // rare: past the table
                b.slope[e] = (float) exact(x[e], theta, o, 0, null, y, e);
            }
        }
    }

    /** The set's table, rebuilt if θ moved since it was built. */
    private GateTable table(int o) {
        GateTable table = tables[o / 4];
        if (!table.isFor(theta, o)) {
            gate.build(table, theta, o, inParts, parts());
            tableVersion++;
        }
        return table;
    }

    @Override
    void finishSet(int o, double[] acc) {
        if (tabulate() && !frozen) {
            tables[o / 4].addParameterGradients(floatAccs(), acc);
        }
    }

    @Override
    int floatAccSize() {
        return 4 * tables[0].intervals;
    }

    @Override
    boolean splittable() {
        return true; // ranges read the prepared table; the rare exact evaluations lock
    }

    @Override
    void prepare(int o, int n) {
        if (tabulate()) {
            table(o);
            buffers.ensure(n, argument != MittagLefflerArgument.LINEAR, false);
        }
    }

    private boolean tabulate() {
        return elementsPerSet >= TABLE_THRESHOLD;
    }
}
