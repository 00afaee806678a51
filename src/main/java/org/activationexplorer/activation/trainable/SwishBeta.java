package org.activationexplorer.activation.trainable;

import java.util.List;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Logistic;

/**
 * Swish-β (Ramachandran, Zoph, Le 2017, arXiv 1710.05941; spec §8.2): f = x·σ(βx); with s = σ(βx),
 * f′ = s + βx·s(1 − s); ∂f/∂β = x²·s(1 − s). β = 1 is SiLU, β → ∞ ReLU, β = 0 gives x/2.
 */
public final class SwishBeta extends TrainableActivation {
    public static final Family FAMILY = new Family("swish_beta", "Swish-β", "f(x) = x·σ(βx)",
            "Ramachandran, Zoph, Le: Searching for Activation Functions, 2017, arXiv 1710.05941", true,
            List.of(Hyperparameter.real("beta0", 1, -10, 10, "initial β")), List.of(),
            (p, init, sharing, channels) -> new SwishBeta(p.get("beta0"), sharing, channels));

    public SwishBeta(double initialBeta, Sharing sharing, int channels) {
        super(1, sharing, channels, new double[] {initialBeta});
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    void forwardRange(float[] x, float[] y, int from, int to, int o) {
        float[] t = scratch(to);
        BulkMath.exp(x, -theta[o], t, from, to); // e^{−βx}, ∞ where βx ≪ 0: x/(1+∞) = ∓0
        for (int e = from; e < to; e++) {
            y[e] = x[e] / (1 + t[e]);
        }
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc) {
        float beta = theta[o], gb = 0;
        float[] t = scratch(to);
        BulkMath.exp(x, -beta, t, from, to);
        for (int e = from; e < to; e++) {
            float v = x[e], s = 1 / (1 + t[e]), ds = s * (1 - s);
            dx[e] = dy[e] * (s + beta * v * ds);
            gb += dy[e] * v * v * ds;
        }
        acc[0] += gb;
    }

    @Override
    double value(double x, float[] t, int o) {
        return x * Logistic.sigmoid(t[o] * x);
    }

    @Override
    double derivative(double x, float[] t, int o) {
        double s = Logistic.sigmoid(t[o] * x);
        return s + t[o] * x * s * (1 - s);
    }
}
