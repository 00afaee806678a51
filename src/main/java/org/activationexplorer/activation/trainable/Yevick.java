package org.activationexplorer.activation.trainable;

import java.util.List;
import org.activationexplorer.activation.Card;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.special.Step;

/**
 * Cubic-enhanced ReLU in the spirit of Yevick 2024 (arXiv 2403.19896). RECONSTRUCTED: the paper's formula
 * was not available, this is the spec's placeholder consistent with its abstract (spec §7.1 [R]), not the
 * author's formula: f(x) = α·ReLU(x) + γ·β·|x|³ with trainable α, β and a fixed global γ.
 * f′ = α·1[x > 0] + 3γβ·x|x|; ∂f/∂α = ReLU(x); ∂f/∂β = γ|x|³. Starts as ReLU (α = 1, β = 0).
 */
public final class Yevick extends TrainableActivation {
    public static final Family FAMILY = new Family("yevick", "Cubic-enhanced ReLU (Yevick, reconstructed)",
            "f(x) = α·max(0, x) + γ·β·|x|³  [reconstructed form, not the author's]",
            Card.of("After Yevick: Nonlinearity Enhanced Adaptive Activation Function, 2024, arXiv 2403.19896 "
                    + "(formula reconstructed)", Card.Form.RECONSTRUCTED),
            true, List.of(Hyperparameter.real("gamma", 0.01, 0, 1, "global scale γ of the cubic term"),
                    Hyperparameter.real("beta0", 0, -1, 1, "initial β")), List.of(),
            (p, init, sharing, channels) -> new Yevick(p.get("gamma"), p.get("beta0"), sharing, channels));
    private final float gamma;

    public Yevick(double gamma, double beta0, Sharing sharing, int channels) {
        super(2, sharing, channels, new double[] {1, beta0});
        this.gamma = (float) gamma;
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    void forwardRange(float[] x, float[] y, int from, int to, int o) {
        float alpha = theta[o], cubic = gamma * theta[o + 1];
        for (int e = from; e < to; e++) {
            float v = x[e], a = Math.abs(v);
            y[e] = alpha * Math.max(v, 0f) + cubic * a * a * a;
        }
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc) {
        float alpha = theta[o], cubic = gamma * theta[o + 1];
        double ga = 0, gb = 0;
        for (int e = from; e < to; e++) {
            float v = x[e], a = Math.abs(v), g = dy[e];
            dx[e] = g * (alpha * Step.positive(v) + 3 * cubic * v * a);
            ga += g * Math.max(v, 0f);
            gb += g * gamma * a * a * a;
        }
        acc[0] += ga;
        acc[1] += gb;
    }

    @Override
    double value(double x, float[] t, int o) {
        double a = Math.abs(x);
        return t[o] * Math.max(x, 0) + (double) gamma * t[o + 1] * a * a * a;
    }

    @Override
    double derivative(double x, float[] t, int o) {
        return (x > 0 ? t[o] : 0) + 3.0 * gamma * t[o + 1] * x * Math.abs(x);
    }
}
