package org.activationexplorer.activation.trainable;

import java.util.function.Consumer;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.Splitter;

/**
 * Mittag-Leffler gated activation (after Mostafanejad 2023, arXiv 2302.11007; spec §3), with u = s·m(x):
 * <pre>
 *   A(x)    = xᵖ·(c₀ + c₁·G(u)),   G(u) = u·E_{α₁,β₁}(u²)/E_{α₂,β₂}(u²),   θ = (α₁, β₁, α₂, β₂) trained
 *   dA/dx   = p·(c₀ + c₁·G(u)) + xᵖ·c₁·G′(u)·s·m′(x)       (p is 0 or 1)
 *   ∂A/∂θ_j = xᵖ·c₁·∂G/∂θ_j(u)                               (0 when the hyperparameter frozen is 1)
 * </pre>
 * p, c₀, c₁, s and m come with the initialisation base (MittagLefflerForms). G comes from its series
 * (MittagLefflerGate) where a set sees few elements per pass (plots, gradient checks, per-neuron sets), else from the
 * set's GateTable, rebuilt once per step (two series per element made this family ~12× slower than ReLU), read by
 * MittagLefflerTablePass (scalar loop and its vector twin); arguments past the table take the series.
 */
public final class MittagLefflerGated extends TrainableActivation {
    public static final Family FAMILY = MittagLefflerForms.family((p, init, sharing, channels) -> new MittagLefflerGated(
            MittagLefflerForms.form(init, p.get("steepness")), p.get("frozen") == 1, sharing, channels));
    /** Passes with fewer elements per set than this evaluate the gate exactly (a table costs ~2·NODES gates). */
    static final int TABLE_THRESHOLD = 8 * GateTable.NODES;
    private final MittagLefflerForms.Form form;
    private final boolean frozen;
    private final MittagLefflerGate gate;
    private final MittagLefflerTables tables;
    private final MittagLefflerTablePass pass;
    private final Consumer<Splitter.Part> inParts = this::inParts;

    MittagLefflerGated(MittagLefflerForms.Form form, boolean frozen, Sharing sharing, int channels) {
        super(4, sharing, channels, form.theta());
        this.form = form;
        this.frozen = frozen;
        gate = new MittagLefflerGate(theta.length / 4);
        tables = new MittagLefflerTables(theta.length / 4, GateTable.LIMIT * Math.max(1, form.scale()), gate);
        pass = new MittagLefflerTablePass(form);
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double value(double x, float[] t, int o) {
        return form.xp(x) * (form.c0() + form.c1() * gate.value(form.u(x), t, o));
    }

    @Override
    double derivative(double x, float[] t, int o) {
        return exact(x, t, o, 0, null, null, 0);
    }

    /** dA/dx by the series; with y, y[e] = A(x) and pass.slope[e] = dA/dx; with acc, acc += g·∂A/∂θ unless frozen. */
    private synchronized double exact(double x, float[] t, int o, double g, double[] acc, float[] y, int e) {
        double xp = form.xp(x), c1 = form.c1(), outer = form.c0() + c1 * gate.evaluate(form.u(x), t, o);
        double slope = form.power() * outer + xp * c1 * gate.slope * form.dudx(x);
        for (int j = 0; acc != null && !frozen && j < 4; j++) {
            acc[j] += g * xp * c1 * gate.dTheta[j];
        }
        if (y != null) {
            y[e] = (float) (xp * outer);
            pass.slope[e] = (float) slope;
        }
        return slope;
    }

    /** Exact, or tabulated: the set's table read by the pass, which keeps what backward reuses. */
    @Override
    void forwardRange(float[] x, float[] y, int from, int to, int o) {
        if (!tabulate()) {
            for (int e = from; e < to; e++) {
                y[e] = (float) value(x[e], theta, o);
            }
            return;
        }
        pass.ensure(passSize, splitting());
        if (pass.forward(x, y, from, to, tables.of(theta, o, inParts, parts()), tables.version())) {
            pastTable(x, y, null, from, to, o, null);
        }
    }

    /** Elements whose |u| reaches past the table, from the series: y and dA/dx (forward), or acc (backward). Rare. */
    private void pastTable(float[] x, float[] y, float[] dy, int from, int to, int o, double[] acc) {
        float[] arg = pass.arguments(x);
        float scale = pass.argumentScale(), limit = (float) tables.limit();
        for (int e = from; e < to; e++) {
            if (!(Math.abs(scale * arg[e]) < limit)) {
                exact(x[e], theta, o, dy == null ? 0 : dy[e], acc, y, e);
            }
        }
    }

    /** Exact, or tabulated: dx from forward's slopes, θ-gradients as per-interval moments (MittagLefflerTablePass). */
    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc,
                       float[] moments) {
        if (!tabulate()) {
            backwardRange(x, y, dy, dx, from, to, o, acc);
            return;
        }
        if (!pass.memo.holds(x, to, tables.version())) { // a backward without its forward: its pass, y into dx
            forwardRange(x, dx, from, to, o);
        }
        for (int e = from; e < to; e++) {
            dx[e] = dy[e] * pass.slope[e];
        }
        if (!frozen && pass.moments(x, dy, from, to, moments, (float) tables.limit())) {
            pastTable(x, null, dy, from, to, o, acc);
        }
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc) {
        for (int e = from; e < to; e++) {
            dx[e] = (float) (dy[e] * exact(x[e], theta, o, dy[e], acc, null, 0));
        }
    }

    @Override
    void finishSet(int o, double[] acc) {
        if (tabulate() && !frozen) {
            tables.of(theta, o, inParts, parts()).addParameterGradients(floatAccs(), acc);
        }
    }

    @Override
    int floatAccSize() {
        return 4 * tables.intervals();
    }

    @Override
    boolean splittable() {
        return true; // ranges read the table prepared below; the rare exact evaluations lock
    }

    @Override
    void prepare(int o, int n) {
        if (tabulate()) {
            tables.of(theta, o, inParts, parts());
            pass.ensure(n, false);
        }
    }

    private boolean tabulate() {
        return elementsPerSet >= TABLE_THRESHOLD;
    }
}
