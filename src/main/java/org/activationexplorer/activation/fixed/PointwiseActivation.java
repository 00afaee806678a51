package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.SplitPass;
import org.activationexplorer.activation.Splitter;

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

    private final SplitPass pass = new SplitPass((x, y, n, from, to, part) -> forwardRange(x, y, n, from, to),
            (x, y, dy, dx, n, from, to, part) -> backwardRange(x, dy, dx, n, from, to));

    @Override
    public final void setSplitter(Splitter splitter) {
        pass.setSplitter(splitter);
    }

    /** y = f(x) on [from, to) of a pass of n elements; ranges of one pass may run at once. */
    void forwardRange(float[] x, float[] y, int n, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] = (float) f(x[i]);
        }
    }

    /** dx = dy·f′(x) on [from, to) of a pass of n elements. */
    void backwardRange(float[] x, float[] dy, float[] dx, int n, int from, int to) {
        for (int i = from; i < to; i++) {
            dx[i] = (float) (dy[i] * df(x[i]));
        }
    }

    /** Per-pass set-up before ranges run at once (scratch buffers sized for n). */
    void prepare(int n) {}

    /** Families with costly kernels split large passes; cheap ones would only pay the hand-off. */
    boolean splittable() {
        return false;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        int n = shape.size();
        prepare(n);
        if (pass.worthSplitting(n) && splittable()) {
            pass.forward(x, y, n);
        } else {
            forwardRange(x, y, n, 0, n);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        int n = shape.size();
        prepare(n);
        if (pass.worthSplitting(n) && splittable()) {
            pass.backward(x, y, dy, dx, n);
        } else {
            backwardRange(x, dy, dx, n, 0, n);
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
