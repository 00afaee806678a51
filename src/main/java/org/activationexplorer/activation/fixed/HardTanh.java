package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.Step;

/**
 * f(x) = min(max(x, −1), 1): tanh's shape from three lines, no exp. f′ = 1 on −1 < x < 1 and 0 elsewhere (0 at the
 * kinks, as torch.nn.functional.hardtanh).
 */
public final class HardTanh implements Activation {
    public static final Family FAMILY = Family.fixed("hard_tanh", "Hard tanh", "f(x) = min(max(x, −1), 1)",
            "Collobert: Large Scale Machine Learning, PhD thesis, Université Paris VI, 2004; Collobert, Weston, Bottou, "
                    + "Karlen, Kavukcuoglu, Kuksa: Natural Language Processing (Almost) from Scratch, JMLR 12, 2011, "
                    + "arXiv 1103.0398",
            (p, i, s, c) -> new HardTanh());

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) {
            y[i] = Math.min(Math.max(x[i], -1f), 1f);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) { // 1 on (−1, 1), branch-free
            dx[i] = dy[i] * Step.positive(1f - Math.abs(x[i]));
        }
    }

    @Override
    public double value(double x, int channel) {
        return Math.min(Math.max(x, -1), 1);
    }

    @Override
    public double derivative(double x, int channel) {
        return Math.abs(x) < 1 ? 1 : 0;
    }
}
