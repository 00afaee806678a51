package org.activationexplorer.activation.trainable;

import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Logistic;
import org.activationexplorer.activation.special.Step;

/**
 * What MittagLefflerGated's gate is applied to: u = s·m(x). The spec's general form (§3.2) gates a map of x, not x
 * itself, and two shapes need one: Mish is x·tanh(softplus(x)) (the spec's mapping, γ = 2, u = softplus), and
 * softsign x/(1 + |x|) = tanh(½·sign(x)·ln(1 + 2|x|)) exactly, since tanh(½ ln w) = (w − 1)/(w + 1). Every map
 * is odd or non-negative, so sign(u)·G(|u|) is the odd gate at u.
 */
enum MittagLefflerArgument {
    /** m(x) = x. */
    LINEAR,
    /** m(x) = softplus(x) = ln(1 + eˣ), m′ = σ(x). */
    SOFTPLUS,
    /** m(x) = sign(x)·ln(1 + 2|x|), m′ = 2/(1 + 2|x|). */
    SIGNED_LOG;

    double map(double x) {
        return switch (this) {
            case LINEAR -> x;
            case SOFTPLUS -> Logistic.softplus(x);
            case SIGNED_LOG -> Math.copySign(Math.log1p(2 * Math.abs(x)), x);
        };
    }

    double slope(double x) {
        return switch (this) {
            case LINEAR -> 1;
            case SOFTPLUS -> Logistic.sigmoid(x);
            case SIGNED_LOG -> 2 / (1 + 2 * Math.abs(x));
        };
    }

    /**
     * u[e] = s·m(x[e]) and du[e] = s·m′(x[e]) for e in [from, to), the transcendental parts in bulk (BulkMath), no
     * branch on the sign (special/Step). Not for LINEAR, whose loops read s·x directly.
     */
    void fill(float[] x, float s, float[] u, float[] du, int from, int to) {
        if (this == SOFTPLUS) { // with t = e^{−|x|}: softplus = max(x, 0) + ln(1 + t), σ = (x ≥ 0 ? 1 : t)/(1 + t)
            for (int e = from; e < to; e++) {
                u[e] = -Math.abs(x[e]);
            }
            BulkMath.exp(u, 1f, u, from, to);
            for (int e = from; e < to; e++) {
                float t = u[e], up = Step.nonNegative(x[e]);
                du[e] = s * (up + (1 - up) * t) / (1 + t);
            }
            BulkMath.log1p(u, u, from, to);
            for (int e = from; e < to; e++) {
                u[e] = s * (Math.max(x[e], 0f) + u[e]);
            }
            return;
        }
        for (int e = from; e < to; e++) {
            u[e] = 2 * Math.abs(x[e]);
            du[e] = 2 * s / (1 + u[e]);
        }
        BulkMath.log1p(u, u, from, to);
        for (int e = from; e < to; e++) {
            u[e] = Math.copySign(s * u[e], x[e]);
        }
    }
}
