package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Shape;

/**
 * A fixed family given by its double-precision f and f′. The float loops evaluate those same kernels per
 * element, so the float path agrees with value()/derivative() to float rounding by construction.
 */
abstract class PointwiseActivation implements Activation {
    private float[] scratch = new float[0];

    /** A reusable buffer of at least n floats (grown once, so steady-state training allocates nothing). */
    final float[] scratch(int n) {
        if (scratch.length < n) {
            scratch = new float[n];
        }
        return scratch;
    }

    /** f(x). */
    abstract double f(double x);

    /** f′(x). */
    abstract double df(double x);

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) {
            y[i] = (float) f(x[i]);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) {
            dx[i] = (float) (dy[i] * df(x[i]));
        }
    }

    @Override
    public final double value(double x, int channel) {
        return f(x);
    }

    @Override
    public final double derivative(double x, int channel) {
        return df(x);
    }
}
