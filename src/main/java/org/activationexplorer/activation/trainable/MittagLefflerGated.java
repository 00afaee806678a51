package org.activationexplorer.activation.trainable;

import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.Card;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.Splitter;
import org.activationexplorer.activation.special.MittagLeffler;
import org.activationexplorer.activation.special.VectorApi;

/**
 * Mittag-Leffler gated activation (after Mostafanejad 2023, arXiv 2302.11007; spec §3):
 * A(x) = x^p·(c₀ + c₁·G(s·x)), G(y) = y·E_{α₁,β₁}(y²)/E_{α₂,β₂}(y²), with α₁, β₁, α₂, β₂ trainable.
 *
 * <p>The gate is the spec's tanh mapping (γ = 1, f = g = x², §3.3), and every shape is written through it so
 * that each E is evaluated at z = y² ≥ 0, where its series has no cancellation and its asymptotic form is
 * accurate (special/MittagLeffler) — which keeps α and β trainable everywhere. The shapes, all verified
 * identities: tanh x = x·E_{2,2}(x²)/E_{2,1}(x²); identity: β₂ = 2; sigmoid σ(x) = ½ + ½·tanh(x/2);
 * SiLU = x·σ(x); GELU = x·(½ + ½·erf(x/√2)) with erf(y) = y·E_{1,3/2}(y²)/E_{1,1}(y²). The spec writes sigmoid,
 * SiLU and GELU with E_{0,1}(−e^{−x}) and E_{1/2,1}(x/√2) instead: the same functions at initialisation, but
 * negative arguments, where a trained α would need Garrappa's algorithm. α is used within [0.25, 3] and β
 * within [0.1, 5] (zero gradient outside).
 * dA/dx = p·x^{p−1}(c₀ + c₁G) + x^p·c₁·s·G′(y), G′ = G/y + G·2y·(∂ln N/∂z − ∂ln D/∂z); ∂A/∂θ = x^p·c₁·G·(±∂ln E/∂θ).
 *
 * <p>When a set sees many elements per pass (training), the gate comes from a {@link GateTable} built once per
 * θ (G, G′, ∂G/∂θ to float precision; a test holds it to the exact kernel): summing two series per element
 * made this family ~12× slower than ReLU. Small passes, plots and the gradient checks use the exact kernel.
 */
public final class MittagLefflerGated extends TrainableActivation {
    /** p, c₀, c₁, s, then α₁, β₁, α₂, β₂. */
    private static final Map<String, double[]> FORMS = Map.of(
            "tanh", new double[] {0, 0, 1, 1, 2, 2, 2, 1},
            "identity", new double[] {0, 0, 1, 1, 2, 2, 2, 2},
            "sigmoid", new double[] {0, 0.5, 0.5, 0.5, 2, 2, 2, 1},
            "silu", new double[] {1, 0.5, 0.5, 0.5, 2, 2, 2, 1},
            "gelu", new double[] {1, 0.5, 0.5, Math.sqrt(0.5), 1, 1.5, 1, 1});
    public static final Family FAMILY = new Family("mittag_leffler", "Mittag-Leffler gated",
            "f(x) = xᵖ·(c₀ + c₁·G(sx)), G(y) = y·E_{α₁,β₁}(y²)/E_{α₂,β₂}(y²)",
            // reformulated: every shape goes through the tanh gate (see the class comment), not the paper's mappings
            Card.of("Mostafanejad: Unification of popular artificial neural network activation functions, 2023, "
                    + "arXiv 2302.11007", Card.Form.REFORMULATED),
            true, List.of(), List.of("silu", "tanh", "sigmoid", "gelu", "identity"),
            (p, init, sharing, channels) -> new MittagLefflerGated(init == null ? "silu" : init, sharing, channels));

    private final int power;
    private final double c0, c1, scale;
    private final MittagLeffler.Series[] numerator;   // per set, rebuilt when its α₁, β₁ change
    private final MittagLeffler.Series[] denominator; // per set, for α₂, β₂
    private final double[] logN = new double[4];
    private final double[] logD = new double[4];
    private final GateTable[] tables; // per set
    /** Passes with fewer elements per set than this evaluate the gate exactly (a table costs ~2·NODES gates). */
    static final int TABLE_THRESHOLD = 8 * GateTable.NODES;

    public MittagLefflerGated(String form, Sharing sharing, int channels) {
        super(4, sharing, channels, shape(form));
        double[] f = FORMS.get(form);
        power = (int) f[0];
        c0 = f[1];
        c1 = f[2];
        scale = f[3];
        numerator = new MittagLeffler.Series[theta.length / 4];
        denominator = new MittagLeffler.Series[theta.length / 4];
        tables = new GateTable[theta.length / 4];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = new GateTable();
        }
    }

    /** The set's table, rebuilt if θ moved since it was built. */
    private GateTable table(int o) {
        GateTable table = tables[o / 4];
        if (!table.isFor(theta, o)) {
            series(numerator, theta, o, 0); // the series caches are written here, read in the parts
            series(denominator, theta, o, 2);
            if (partBuild.length < parts()) {
                partBuild = new double[parts()][9][GateTable.NODES];
            }
            building = table;
            buildingAt = o;
            inParts(buildPart); // a few hundred series evaluations: worth both threads
            table.finish(theta, o);
            tableVersion++;
        }
        return table;
    }

    private double[][][] partBuild = new double[0][][];
    private GateTable building;
    private int buildingAt;
    private final Splitter.Part buildPart = this::buildRange;

    /** The part-th share of the table's nodes: G, G′ and ∂G/∂θ there. */
    private void buildRange(int p, int parts) {
        int n = GateTable.NODES, o = buildingAt;
        GateTable table = building;
        double[][] w = partBuild[p]; // z, then log N and its three derivatives, then the same of D
        boolean a1 = inRange(theta[o], true), b1 = inRange(theta[o + 1], false);
        boolean a2 = inRange(theta[o + 2], true), b2 = inRange(theta[o + 3], false);
        int from = Splitter.start(n, p, parts);
        int to = Splitter.start(n, p + 1, parts);
        for (int i = from; i < to; i++) {
            double u = GateTable.node(i);
            w[0][i] = u * u;
        }
        // both E's at every node of the part at once (series in lanes): the series caches were filled in table()
        MittagLeffler.logEAll(numerator[o / 4], w[0], from, to, w[1], w[2], w[3], w[4]);
        MittagLeffler.logEAll(denominator[o / 4], w[0], from, to, w[5], w[6], w[7], w[8]);
        for (int i = from; i < to; i++) {
            double u = GateTable.node(i), ratio = Math.exp(w[1][i] - w[5][i]), g = u * ratio;
            table.g[i] = g;
            table.slope[i] = ratio + g * 2 * u * (w[2][i] - w[6][i]);
            table.dTheta[i] = a1 ? g * w[3][i] : 0;
            table.dTheta[n + i] = b1 ? g * w[4][i] : 0;
            table.dTheta[2 * n + i] = a2 ? -g * w[7][i] : 0;
            table.dTheta[3 * n + i] = b2 ? -g * w[8][i] : 0;
        }
    }

    @Override
    boolean splittable() {
        return true; // ranges read the prepared table; the rare exact evaluations lock (they share logN, logD)
    }

    @Override
    void prepare(int o, int n) {
        if (tabulate()) {
            table(o);
            ensureScratch(n);
        }
    }

    private boolean tabulate() {
        return elementsPerSet >= TABLE_THRESHOLD;
    }

    private static double[] shape(String form) {
        double[] f = FORMS.get(form);
        if (f == null) {
            throw new IllegalArgumentException("mittag_leffler has no initialisation '" + form + "'; valid: "
                    + FAMILY.initBases());
        }
        return new double[] {f[4], f[5], f[6], f[7]};
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    private static double alpha(float a) {
        return Math.min(Math.max(a, MittagLeffler.MIN_ALPHA), MittagLeffler.MAX_ALPHA);
    }

    private static double beta(float b) {
        return Math.min(Math.max(b, MittagLeffler.MIN_BETA), MittagLeffler.MAX_BETA);
    }

    /** The series of the set at o for the current θ (cached while θ stays the same). */
    private MittagLeffler.Series series(MittagLeffler.Series[] cache, float[] t, int o, int at) {
        int set = o / 4;
        double a = alpha(t[o + at]), b = beta(t[o + at + 1]);
        MittagLeffler.Series s = cache[set];
        if (s == null || s.alpha() != a || s.beta() != b) {
            s = new MittagLeffler.Series(a, b);
            cache[set] = s;
        }
        return s;
    }

    /** G(y) from the two log-E evaluations at z = y² (logN, logD filled; their derivatives only if asked). */
    private double gate(double y, float[] t, int o, boolean derivatives) {
        return gate(y, t, o, derivatives, logN, logD);
    }

    /** The same into the given arrays (parts of a table build use their own). */
    private double gate(double y, float[] t, int o, boolean derivatives, double[] lnN, double[] lnD) {
        double z = y * y;
        MittagLeffler.logE(series(numerator, t, o, 0), z, lnN, derivatives);
        MittagLeffler.logE(series(denominator, t, o, 2), z, lnD, derivatives);
        return y * Math.exp(lnN[0] - lnD[0]);
    }

    @Override
    void forwardRange(float[] x, float[] y, int from, int to, int o) {
        if (tabulate()) {
            forwardTabulated(x, y, from, to, o);
            return;
        }
        for (int e = from; e < to; e++) {
            y[e] = (float) value(x[e], theta, o);
        }
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc) {
        for (int e = from; e < to; e++) {
            backwardExact(x[e], dy[e], o, acc, e, dx);
        }
    }

    /**
     * The table's G in float: no double per element (see floatAccSize). Arguments past the table, rare, take the
     * exact kernel.
     */
    private void forwardTabulated(float[] x, float[] y, int from, int to, int o) {
        float[] c = table(o).gate;
        float s = (float) scale, k0 = (float) c0, k1 = (float) c1, limit = (float) GateTable.LIMIT;
        float inverseStep = (float) (1 / GateTable.STEP);
        if (VECTOR) { // the bulk 16 lanes at a time, then what lies past the table; the tail below
            ensureScratch(passSize);
            int end = TablePositions.positions(x, s * inverseStep, 0, true, GateTable.INTERVALS, 4, index, fraction,
                    from, to);
            memo.forget();
            MittagLefflerVectorKernel.forward(x, c, index, fraction, y, slopeScratch, from, end, power == 1, s, k0, k1,
                    inverseStep);
            memo.remember(x, end, tableVersion); // backward on the same x reuses positions and slopes
            for (int e = from; e < end; e++) {
                if (!(Math.abs(s * x[e]) < limit)) {
                    y[e] = exactValue(x[e], o);
                }
            }
            from = end;
        }
        for (int e = from; e < to; e++) {
            float v = x[e], yv = s * v, u = Math.abs(yv);
            if (!(u < limit)) {
                y[e] = exactValue(v, o);
                continue;
            }
            float p = u * inverseStep;
            int i = Math.min((int) p, GateTable.INTERVALS - 1), at = 4 * i;
            float t = p - i, gate = c[at] + t * (c[at + 1] + t * (c[at + 2] + t * c[at + 3]));
            y[e] = (power == 0 ? 1 : v) * (k0 + k1 * Math.copySign(gate, yv));
        }
    }

    private static final boolean VECTOR = VectorApi.PRESENT;
    private int[] index = new int[0];     // scratch per element: 4·interval (TablePositions)
    private float[] fraction = new float[0];
    private float[] slopeScratch = new float[0]; // dy/dx per element, from forward
    private int tableVersion;        // counts table rebuilds
    private final ForwardMemo memo = new ForwardMemo(); // whether the scratch holds forward's positions and slopes

    /** Scratch for elements [0, n); grown before parts run (prepare), never while they do. */
    private void ensureScratch(int n) {
        if (index.length < n && !splitting()) {
            index = new int[n];
            fraction = new float[n];
            slopeScratch = new float[n];
            memo.reset();
        }
    }

    private synchronized float exactValue(double v, int o) {
        return (float) value(v, theta, o); // the exact kernel shares logN, logD
    }

    /**
     * ∂L/∂θ_j = Σ_e w_e·D_j(u_e), with D_j the table's cubic Σ_k d_jk(i)·t^k on the element's interval i, equals
     * Σ_i Σ_k d_jk(i)·M_k(i) with the moments M_k(i) = Σ_{e in i} w_e·t_e^k: so each element adds four moments into
     * the float accumulator (instead of evaluating four cubics) and finishSet combines them once per step.
     */
    @Override
    int floatAccSize() {
        return 4 * GateTable.INTERVALS;
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc,
                       float[] moments) {
        if (!tabulate()) {
            backwardRange(x, y, dy, dx, from, to, o, acc);
            return;
        }
        float[] c = table(o).gate;
        float s = (float) scale, k0 = (float) c0, k1 = (float) c1, limit = (float) GateTable.LIMIT;
        float inverseStep = (float) (1 / GateTable.STEP);
        if (VECTOR) { // dx from forward's slopes, then the moments; the tail below
            ensureScratch(passSize);
            int end = TablePositions.end(from, to);
            if (!memo.holds(x, end, tableVersion)) { // backward without its forward: forward's pass, y into dx
                TablePositions.positions(x, s * inverseStep, 0, true, GateTable.INTERVALS, 4, index, fraction, from, to);
                MittagLefflerVectorKernel.forward(x, c, index, fraction, dx, slopeScratch, from, end, power == 1, s, k0,
                        k1, inverseStep);
            }
            for (int e = from; e < end; e++) {
                dx[e] = dy[e] * slopeScratch[e];
            }
            for (int e = from; e < end; e++) {
                float v = x[e];
                if (!(Math.abs(s * v) < limit)) {
                    exactBackward(v, dy[e], o, acc, e, dx);
                    continue;
                }
                int at = index[e];
                float t = fraction[e], w = Math.copySign(1f, v) * k1 * dy[e] * (power == 0 ? 1 : v); // s > 0
                moments[at] += w;
                moments[at + 1] += w * t;
                moments[at + 2] += w * t * t;
                moments[at + 3] += w * t * t * t;
            }
            from = end;
        }
        for (int e = from; e < to; e++) {
            float v = x[e], yv = s * v, u = Math.abs(yv), grad = dy[e];
            if (!(u < limit)) {
                exactBackward(v, grad, o, acc, e, dx); // rare: past the table
                continue;
            }
            float p = u * inverseStep;
            int i = Math.min((int) p, GateTable.INTERVALS - 1), at = 4 * i;
            float t = p - i;
            float gate = Math.copySign(c[at] + t * (c[at + 1] + t * (c[at + 2] + t * c[at + 3])), yv);
            float gPrime = (c[at + 1] + t * (2 * c[at + 2] + t * 3 * c[at + 3])) * inverseStep;
            dx[e] = grad * (power == 0 ? k1 * s * gPrime : k0 + k1 * gate + v * k1 * s * gPrime);
            float w = Math.copySign(1f, yv) * grad * (power == 0 ? 1 : v) * k1;
            moments[at] += w;
            moments[at + 1] += w * t;
            moments[at + 2] += w * t * t;
            moments[at + 3] += w * t * t * t;
        }
    }

    @Override
    void finishSet(int o, double[] acc) {
        if (!tabulate()) {
            return;
        }
        double[] c = table(o).coefficients;
        for (float[] moments : floatAccs()) {
            for (int i = 0; i < GateTable.INTERVALS; i++) {
                int at = 4 * i;
                if (moments[at] == 0 && moments[at + 1] == 0 && moments[at + 2] == 0 && moments[at + 3] == 0) {
                    continue; // no element fell here
                }
                for (int j = 0; j < GateTable.PARAMETERS; j++) {
                    int d = i * GateTable.STRIDE + 4 * (j + 1);
                    acc[j] += c[d] * moments[at] + c[d + 1] * moments[at + 1] + c[d + 2] * moments[at + 2]
                            + c[d + 3] * moments[at + 3];
                }
                moments[at] = moments[at + 1] = moments[at + 2] = moments[at + 3] = 0;
            }
        }
    }

    private synchronized void exactBackward(double v, double g, int o, double[] acc, int e, float[] dx) {
        backwardExact(v, g, o, acc, e, dx);
    }

    private void backwardExact(double v, double g, int o, double[] acc, int e, float[] dx) {
        double yv = scale * v, gv = gate(yv, theta, o, true), xp = power == 0 ? 1 : v;
        dx[e] = (float) (g * slope(v, yv, gv));
        double common = g * xp * c1 * gv; // ∂A/∂θ = xᵖ·c₁·G·(∂ ln N/∂θ or −∂ ln D/∂θ)
        acc[0] += inRange(theta[o], true) ? common * logN[2] : 0;
        acc[1] += inRange(theta[o + 1], false) ? common * logN[3] : 0;
        acc[2] += inRange(theta[o + 2], true) ? -common * logD[2] : 0;
        acc[3] += inRange(theta[o + 3], false) ? -common * logD[3] : 0;
    }

    private static boolean inRange(float p, boolean isAlpha) {
        return isAlpha ? p > MittagLeffler.MIN_ALPHA && p < MittagLeffler.MAX_ALPHA
                : p > MittagLeffler.MIN_BETA && p < MittagLeffler.MAX_BETA;
    }

    /** dA/dx given y = s·x and G(y), with logN and logD still holding that evaluation. */
    private double slope(double x, double y, double g) {
        // G = y·N/D: G′(y) = N/D + y·(N/D)·2y·(∂ln N/∂z − ∂ln D/∂z); N/D = G/y, which at y = 0 is E-ratio e^{logN−logD}
        double ratio = Math.exp(logN[0] - logD[0]);
        double gPrime = ratio + g * 2 * y * (logN[1] - logD[1]);
        double outer = c0 + c1 * g;
        return power == 0 ? c1 * scale * gPrime : outer + x * c1 * scale * gPrime;
    }

    @Override
    double value(double x, float[] t, int o) {
        double g = gate(scale * x, t, o, false);
        return (power == 0 ? 1 : x) * (c0 + c1 * g);
    }

    @Override
    double derivative(double x, float[] t, int o) {
        double y = scale * x, g = gate(y, t, o, true);
        return slope(x, y, g);
    }
}
