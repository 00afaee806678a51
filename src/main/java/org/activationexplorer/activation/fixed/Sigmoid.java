package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Logistic;

/** f(x) = σ(x), computed so exp never overflows; f′ = σ(1 − σ) (spec §9). */
public final class Sigmoid extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("sigmoid", "Sigmoid", "f(x) = σ(x) = 1/(1 + e^(−x))",
            "Classical: the logistic function; no single originating paper for its use as an activation",
            (p, i, s, c) -> new Sigmoid());

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double f(double x) {
        return Logistic.sigmoid(x);
    }

    @Override
    double df(double x) {
        double s = Logistic.sigmoid(x);
        return s * (1 - s);
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        int n = shape.size();
        float[] t = scratch(n);
        BulkMath.exp(x, -1f, t, 0, n);
        for (int i = 0; i < n; i++) {
            y[i] = 1 / (1 + t[i]);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) {
            dx[i] = dy[i] * y[i] * (1 - y[i]); // σ′ = σ(1 − σ), from the forward output
        }
    }
}
