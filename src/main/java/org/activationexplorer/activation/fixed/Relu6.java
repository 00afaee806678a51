package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.Step;

/**
 * f(x) = min(max(0, x), 6): ReLU capped at 6, which keeps activations in a range low-precision arithmetic can hold.
 * f′ = 1 on 0 < x < 6 and 0 elsewhere, taking 0 at both kinks as torch.nn.functional.relu6 does.
 */
public final class Relu6 implements Activation {
    public static final Family FAMILY = Family.fixed("relu6", "ReLU6", "f(x) = min(max(0, x), 6)",
            "Krizhevsky: Convolutional Deep Belief Networks on CIFAR-10, unpublished manuscript, 2010",
            (p, i, s, c) -> new Relu6());

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) {
            y[i] = Math.min(Math.max(x[i], 0f), 6f);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) { // 1 on (0, 6) as a product of two sign-bit steps: no branch
            dx[i] = dy[i] * Step.positive(x[i]) * Step.positive(6f - x[i]);
        }
    }

    @Override
    public double value(double x, int channel) {
        return Math.min(Math.max(x, 0), 6);
    }

    @Override
    public double derivative(double x, int channel) {
        return x > 0 && x < 6 ? 1 : 0;
    }
}
