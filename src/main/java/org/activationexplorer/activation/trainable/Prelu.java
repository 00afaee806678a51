package org.activationexplorer.activation.trainable;

import java.util.List;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.special.Step;

/**
 * PReLU (He, Zhang, Ren, Sun 2015, arXiv 1502.01852; spec §8.1): f = max(0, x) + a·min(0, x);
 * f′ = 1 for x > 0, else a (a at 0, as PyTorch); ∂f/∂a = min(0, x). One a per layer or per channel.
 */
public final class Prelu extends TrainableActivation {
    public static final Family FAMILY = new Family("prelu", "PReLU", "f(x) = max(0, x) + a·min(0, x)",
            "He, Zhang, Ren, Sun: Delving Deep into Rectifiers, ICCV 2015, arXiv 1502.01852", true,
            List.of(Hyperparameter.real("a0", 0.25, -1, 1, "initial slope a for x < 0")), List.of(),
            (p, init, sharing, channels) -> new Prelu(p.get("a0"), sharing, channels));

    public Prelu(double initialSlope, Sharing sharing, int channels) {
        super(1, sharing, channels, new double[] {initialSlope});
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    void forwardRange(float[] x, float[] y, int from, int to, int o) {
        float a = theta[o];
        for (int e = from; e < to; e++) {
            y[e] = Math.max(x[e], 0f) + a * Math.min(x[e], 0f);
        }
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc) {
        float a = theta[o], ga = 0;
        for (int e = from; e < to; e++) {
            float v = x[e], g = dy[e], negative = Math.min(v, 0f);
            dx[e] = g * (a + Step.positive(v) * (1 - a));
            ga += g * negative;
        }
        acc[0] += ga;
    }

    @Override
    double value(double x, float[] t, int o) {
        return Math.max(x, 0) + t[o] * Math.min(x, 0);
    }

    @Override
    double derivative(double x, float[] t, int o) {
        return x > 0 ? 1 : t[o];
    }
}
