package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;

/** f(x) = x, f′ = 1: the linear baseline (spec §9). */
public final class Identity implements Activation {
    public static final Family FAMILY = Family.fixed("identity", "Identity", "f(x) = x",
            "Classical: the linear (no) activation; no originating paper",
            (p, i, s, c) -> new Identity());

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        System.arraycopy(x, 0, y, 0, shape.size());
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        System.arraycopy(dy, 0, dx, 0, shape.size());
    }

    @Override
    public double value(double x, int channel) {
        return x;
    }

    @Override
    public double derivative(double x, int channel) {
        return 1;
    }
}
