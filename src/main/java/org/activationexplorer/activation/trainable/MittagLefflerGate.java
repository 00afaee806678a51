package org.activationexplorer.activation.trainable;

import java.util.function.Consumer;
import org.activationexplorer.activation.Splitter;
import org.activationexplorer.activation.special.MittagLeffler;

/**
 * MittagLefflerGated's gate G(u) = u·E_{α₁,β₁}(u²)/E_{α₂,β₂}(u²) with θ = (α₁, β₁, α₂, β₂) at theta[o..o+4), exactly:
 * log N and log D from their series (special/MittagLeffler, coefficients cached per set while θ stays), and
 * G′(u) = N/D + G·2u·(∂ln N/∂z − ∂ln D/∂z), ∂G/∂θ = G·(∂ln N/∂θ or −∂ln D/∂θ). Every E is evaluated at z = u² ≥ 0,
 * where its series has no cancellation and its asymptotic form is accurate. α is used within [0.25, 3] and β within
 * [0.1, 5]: outside, the nearest bound, with zero gradient. Also fills a GateTable's nodes, many arguments at once.
 * Not thread-safe: callers in parallel parts lock around evaluate().
 */
final class MittagLefflerGate {
    private final MittagLeffler.Series[] numerator;   // per set, rebuilt when its α₁, β₁ change
    private final MittagLeffler.Series[] denominator; // per set, for α₂, β₂
    private final double[] logN = new double[4];
    private final double[] logD = new double[4];
    /** G′(u) at the last evaluate(). */
    double slope;
    /** ∂G/∂θ_j at the last evaluate(). */
    final double[] dTheta = new double[4];

    MittagLefflerGate(int sets) {
        numerator = new MittagLeffler.Series[sets];
        denominator = new MittagLeffler.Series[sets];
    }

    /** G(u) alone (a quarter of evaluate's work). */
    double value(double u, float[] t, int o) {
        double z = u * u;
        MittagLeffler.logE(series(numerator, t, o, 0), z, logN, false);
        MittagLeffler.logE(series(denominator, t, o, 2), z, logD, false);
        return u * Math.exp(logN[0] - logD[0]);
    }

    /** G(u), with slope and dTheta set. */
    double evaluate(double u, float[] t, int o) {
        double z = u * u;
        MittagLeffler.logE(series(numerator, t, o, 0), z, logN, true);
        MittagLeffler.logE(series(denominator, t, o, 2), z, logD, true);
        double ratio = Math.exp(logN[0] - logD[0]), g = u * ratio;
        slope = ratio + g * 2 * u * (logN[1] - logD[1]);
        dTheta[0] = inRange(t[o], true) ? g * logN[2] : 0;
        dTheta[1] = inRange(t[o + 1], false) ? g * logN[3] : 0;
        dTheta[2] = inRange(t[o + 2], true) ? -g * logD[2] : 0;
        dTheta[3] = inRange(t[o + 3], false) ? -g * logD[3] : 0;
        return g;
    }

    private static boolean inRange(float p, boolean isAlpha) {
        return isAlpha ? p > MittagLeffler.MIN_ALPHA && p < MittagLeffler.MAX_ALPHA
                : p > MittagLeffler.MIN_BETA && p < MittagLeffler.MAX_BETA;
    }

    /** The series of the set at o for the current θ (cached while θ stays the same). */
    private static MittagLeffler.Series series(MittagLeffler.Series[] cache, float[] t, int o, int at) {
        double a = Math.min(Math.max(t[o + at], MittagLeffler.MIN_ALPHA), MittagLeffler.MAX_ALPHA);
        double b = Math.min(Math.max(t[o + at + 1], MittagLeffler.MIN_BETA), MittagLeffler.MAX_BETA);
        MittagLeffler.Series s = cache[o / 4];
        if (s == null || s.alpha() != a || s.beta() != b) {
            s = new MittagLeffler.Series(a, b);
            cache[o / 4] = s;
        }
        return s;
    }

    private GateTable building;
    private float[] buildingTheta;
    private int buildingAt;
    private double[][][] work = new double[0][][]; // per part: z, then log N and its three derivatives, then D's
    private final Splitter.Part nodesPart = this::nodes, fillPart = this::fill;

    /** Fills the table for theta[o..) and finishes it; inParts runs a part over the nodes on each thread (parts of them). */
    void build(GateTable table, float[] theta, int o, Consumer<Splitter.Part> inParts, int parts) {
        series(numerator, theta, o, 0); // the caches are written here, only read in the parts
        series(denominator, theta, o, 2);
        if (work.length < parts || work[0][0].length < table.nodes) {
            work = new double[parts][9][table.nodes];
        }
        building = table;
        buildingTheta = theta;
        buildingAt = o;
        inParts.accept(nodesPart); // a few hundred series evaluations: worth both threads
        inParts.accept(fillPart);  // then the intervals' cubics, which read the nodes on both sides
        table.finish(theta, o);
    }

    /** The part-th share of the table's intervals: their cubics. */
    private void fill(int p, int parts) {
        int n = building.intervals;
        building.fill(Splitter.start(n, p, parts), Splitter.start(n, p + 1, parts));
    }

    /** The part-th share of the table's nodes: G, G′ and ∂G/∂θ there, both E's at every node at once (in lanes). */
    private void nodes(int p, int parts) {
        GateTable table = building;
        float[] t = buildingTheta;
        int n = table.nodes, o = buildingAt, from = Splitter.start(n, p, parts), to = Splitter.start(n, p + 1, parts);
        double[][] w = work[p];
        for (int i = from; i < to; i++) {
            double u = GateTable.node(i);
            w[0][i] = u * u;
        }
        MittagLeffler.logEAll(numerator[o / 4], w[0], from, to, w[1], w[2], w[3], w[4]);
        MittagLeffler.logEAll(denominator[o / 4], w[0], from, to, w[5], w[6], w[7], w[8]);
        boolean a1 = inRange(t[o], true), b1 = inRange(t[o + 1], false);
        boolean a2 = inRange(t[o + 2], true), b2 = inRange(t[o + 3], false);
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
}
