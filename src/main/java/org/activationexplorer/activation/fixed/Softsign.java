package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;

/**
 * f(x) = x/(1 + |x|): bounded by ±1 like tanh, but reaching its bounds polynomially (1 − |f| = 1/(1 + |x|)), so its
 * slope f′ = 1/(1 + |x|)² stays larger far out. No exp; smooth, since both one-sided slopes at 0 are 1.
 */
public final class Softsign implements Activation {
    public static final Family FAMILY = Family.fixed("softsign", "Softsign", "f(x) = x/(1 + |x|)",
            "Bergstra, Desjardins, Lamblin, Bengio: Quadratic Polynomials Learn Better Image Features, technical "
                    + "report, Université de Montréal, 2009; Glorot, Bengio: Understanding the difficulty of training "
                    + "deep feedforward neural networks, AISTATS 2010",
            (p, i, s, c) -> new Softsign());

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) {
            y[i] = x[i] / (1f + Math.abs(x[i]));
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) { // from x, not 1 − |y|, which cancels for large |x|
            float t = 1f / (1f + Math.abs(x[i]));
            dx[i] = dy[i] * t * t;
        }
    }

    @Override
    public double value(double x, int channel) {
        return x / (1 + Math.abs(x));
    }

    @Override
    public double derivative(double x, int channel) {
        double t = 1 / (1 + Math.abs(x));
        return t * t;
    }
}
