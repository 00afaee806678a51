package org.activationexplorer.activation.special;

/** Numerically stable logistic helpers (spec §0). */
public final class Logistic {
    private Logistic() {}

    /** σ(x) = 1/(1+e^{−x}), written so exp never overflows. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** softplus(x) = log(1+eˣ) = max(x, 0) + log1p(e^{−|x|}). */
    public static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
