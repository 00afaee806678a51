package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.BulkMath;

/** f(x) = tanh x; f′ = 1 − tanh² x (spec §9). */
public final class Tanh extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("tanh", "Tanh", "f(x) = tanh(x)",
            "Classical: the hyperbolic tangent; no single originating paper for its use as an activation",
            (p, i, s, c) -> new Tanh());

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double f(double x) {
        return Math.tanh(x);
    }

    @Override
    double df(double x) {
        double t = Math.tanh(x);
        return 1 - t * t;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        BulkMath.tanh(x, y, 0, shape.size());
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) {
            dx[i] = dy[i] * (1 - y[i] * y[i]); // tanh′ = 1 − tanh², from the forward output
        }
    }
}
