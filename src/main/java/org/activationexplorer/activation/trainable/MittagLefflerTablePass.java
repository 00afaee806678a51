package org.activationexplorer.activation.trainable;

import static org.activationexplorer.activation.trainable.MittagLefflerArgument.LINEAR;

import org.activationexplorer.activation.special.VectorApi;

/**
 * MittagLefflerGated's training-sized passes, read from a set's GateTable: per element the table position of
 * u = s·m(x), then A and dA/dx from the interval's cubic, 16 lanes at a time in MittagLefflerVectorKernel and the
 * rest in its scalar twin here; what forward computed (u, du/dx, positions, dA/dx) stays in per-element buffers for
 * the backward that follows (ForwardMemo says whether it still holds). Elements past the table are left to the
 * caller, which evaluates them exactly.
 */
final class MittagLefflerTablePass {
    private static final boolean VECTOR = VectorApi.PRESENT;
    private final int p;
    private final float s;
    private final float c0;
    private final float c1;
    private final MittagLefflerArgument argument;
    int[] index = new int[0];       // 4·interval
    float[] fraction = new float[0];
    float[] slope = new float[0];   // dA/dx
    private float[] weight = new float[0]; // backward: each element's weight in the moments
    private float[] u = new float[0];
    private float[] du = new float[0];
    final ForwardMemo memo = new ForwardMemo();

    MittagLefflerTablePass(MittagLefflerForms.Form form) {
        p = form.power();
        s = (float) form.scale();
        c0 = (float) form.c0();
        c1 = (float) form.c1();
        argument = form.argument();
    }

    /** Room for elements [0, n); grown before parts run (prepare), never while they do. */
    void ensure(int n, boolean splitting) {
        if (index.length < n && !splitting) {
            index = new int[n];
            fraction = new float[n];
            slope = new float[n];
            weight = new float[n];
            u = new float[argument == LINEAR ? 0 : n];
            du = new float[argument == LINEAR ? 0 : n];
            memo.reset();
        }
    }

    /** What, times argumentScale(), gives the gate's arguments u after forward: x itself, or the buffer of s·m(x). */
    float[] arguments(float[] x) {
        return argument == LINEAR ? x : u;
    }

    float argumentScale() {
        return argument == LINEAR ? s : 1;
    }

    /**
     * y = A(x) and slope = dA/dx for e in [from, to), remembered for x under the tables' version; garbage where |u|
     * reaches past the table: returns whether some element's does (rarely; the caller then looks for them).
     */
    boolean forward(float[] x, float[] y, int from, int to, GateTable table, int version) {
        memo.forget();
        float[] arg = arguments(x), chain = null, c = table.gate;
        float scale = argumentScale(), inverse = GateTable.INVERSE_STEP;
        if (argument != LINEAR) { // s folded into du
            argument.fill(x, s, u, du, from, to);
            chain = du;
        }
        int end = from;
        float limit = (float) table.limit;
        boolean past = false;
        if (VECTOR) {
            end = TablePositions.positions(arg, scale * inverse, 0, true, table.intervals, 4, index, fraction, from, to);
            MittagLefflerVectorKernel.forward(x, arg, chain, c, index, fraction, y, slope, from, end, p == 1, scale, c0, c1);
            past = MittagLefflerVectorKernel.anyPast(arg, from, end, scale, limit);
        }
        for (int e = end; e < to; e++) { // the kernels' scalar twin
            past |= !(Math.abs(scale * arg[e]) < limit);
            float position = Math.abs(scale * arg[e]) * inverse, dudx = chain == null ? scale : chain[e];
            int i = Math.min((int) position, table.intervals - 1), at = 4 * i;
            float t = position - i, g = Math.copySign(c[at] + t * (c[at + 1] + t * (c[at + 2] + t * c[at + 3])), arg[e]);
            float gPrime = (c[at + 1] + t * (2 * c[at + 2] + t * 3 * c[at + 3])) * inverse * c1 * dudx;
            float outer = c0 + c1 * g;
            index[e] = at;
            fraction[e] = t;
            y[e] = p == 0 ? outer : x[e] * outer;
            slope[e] = p == 0 ? gPrime : outer + x[e] * gPrime;
        }
        memo.remember(x, to, version);
        return past;
    }

    /**
     * After forward on the same x: moments[4i + k] += w·tᵏ for each element in interval i, w = sign(u)·c₁·dy·xᵖ
     * (GateTable.addParameterGradients turns them into ∂L/∂θ); elements with |u| ≥ limit add nothing: returns whether
     * there were any (usually none, so the caller need not look for them).
     */
    boolean moments(float[] x, float[] dy, int from, int to, float[] moments, float limit) {
        float[] arg = arguments(x);
        float scale = argumentScale();
        boolean past = false;
        int e = from;
        if (VECTOR) {
            e = TablePositions.end(from, to);
            past = MittagLefflerVectorKernel.weights(x, arg, dy, weight, from, e, p == 1, scale, c1, limit);
        }
        for (; e < to; e++) { // the kernel's twin
            boolean within = Math.abs(scale * arg[e]) < limit;
            past |= !within; // the caller's, exactly
            weight[e] = within ? Math.copySign(1f, arg[e]) * c1 * dy[e] * (p == 0 ? 1 : x[e]) : 0;
        }
        for (e = from; e < to; e++) { // the adds alone (the weights in the loop: a layer's backward 38–44 µs, now 33–37)
            float t = fraction[e], w = weight[e], wt = w * t, wt2 = wt * t;
            int at = index[e];
            moments[at] += w;
            moments[at + 1] += wt;
            moments[at + 2] += wt2;
            moments[at + 3] += wt2 * t;
        }
        return past;
    }
}
