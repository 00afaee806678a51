package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Shape;

/** f(x) = x for x > 0, s·x otherwise; f′ = 1 or s (spec §9; Maas, Hannun, Ng 2013). */
public final class LeakyRelu implements Activation {
    public static final Family FAMILY = Family.fixed("leaky_relu", "Leaky ReLU", "f(x) = x if x > 0 else s·x",
            "Maas, Hannun, Ng: Rectifier Nonlinearities Improve Neural Network Acoustic Models, "
                    + "ICML 2013 workshop",
            (p, i, s, c) -> new LeakyRelu(p.get("slope")),
            Hyperparameter.real("slope", 0.01, 0, 1, "slope s for x ≤ 0"));
    private final double slope;

    public LeakyRelu(double slope) {
        this.slope = FAMILY.hyperparameters().get(0).check(slope);
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        float s = (float) slope;
        for (int i = 0, n = shape.size(); i < n; i++) {
            y[i] = Math.max(x[i], 0f) + s * Math.min(x[i], 0f);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        float s = (float) slope;
        for (int i = 0, n = shape.size(); i < n; i++) {
            dx[i] = x[i] > 0 ? dy[i] : s * dy[i];
        }
    }

    @Override
    public double value(double x, int channel) {
        return x > 0 ? x : slope * x;
    }

    @Override
    public double derivative(double x, int channel) {
        return x > 0 ? 1 : slope;
    }
}
