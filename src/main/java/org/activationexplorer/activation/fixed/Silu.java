package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Logistic;

/** SiLU/Swish-1 (Elfwing et al. 2017; Ramachandran et al. 2017): f = x·σ(x); f′ = σ(1 + x(1 − σ)) (spec §9). */
public final class Silu extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("silu", "SiLU (Swish)", "f(x) = x·σ(x)",
            "Elfwing, Uchibe, Doya: Sigmoid-Weighted Linear Units for Neural Network Function Approximation in "
                    + "Reinforcement Learning, 2018, arXiv 1702.03118; as Swish: Ramachandran, Zoph, Le: "
                    + "Searching for Activation Functions, 2017, arXiv 1710.05941",
            (p, i, s, c) -> new Silu());

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double f(double x) {
        return x * Logistic.sigmoid(x);
    }

    @Override
    double df(double x) {
        double s = Logistic.sigmoid(x);
        return s * (1 + x * (1 - s));
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        int n = shape.size();
        float[] t = scratch(n);
        BulkMath.exp(x, -1f, t, 0, n); // e^{−x}: ∞ for x ≪ 0, where x/(1+∞) = −0 as it should
        for (int i = 0; i < n; i++) {
            y[i] = x[i] / (1 + t[i]);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        int n = shape.size();
        float[] t = scratch(n);
        BulkMath.exp(x, -1f, t, 0, n);
        for (int i = 0; i < n; i++) {
            float s = 1 / (1 + t[i]);
            dx[i] = dy[i] * s * (1 + x[i] * (1 - s));
        }
    }
}
