package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Shape;
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

    /** Passes at least this long are split over the splitter's threads by families that use forwardRange. */
    static final int SPLIT_MIN = 8192;
    private Splitter splitter = Splitter.SERIAL;
    private float[] jobX, jobY, jobDy, jobDx; // the pass being split
    private int jobSize;
    private final Splitter.Part forwardPart = (p, parts) -> forwardRange(jobX, jobY, jobSize,
            Splitter.start(jobSize, p, parts), Splitter.start(jobSize, p + 1, parts));
    private final Splitter.Part backwardPart = (p, parts) -> backwardRange(jobX, jobDy, jobDx, jobSize,
            Splitter.start(jobSize, p, parts), Splitter.start(jobSize, p + 1, parts));

    @Override
    public final void setSplitter(Splitter splitter) {
        this.splitter = splitter;
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
        if (n >= SPLIT_MIN && splitter.parts() > 1 && splittable()) {
            jobX = x;
            jobY = y;
            jobSize = n;
            splitter.split(forwardPart);
        } else {
            forwardRange(x, y, n, 0, n);
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        int n = shape.size();
        prepare(n);
        if (n >= SPLIT_MIN && splitter.parts() > 1 && splittable()) {
            jobX = x;
            jobDy = dy;
            jobDx = dx;
            jobSize = n;
            splitter.split(backwardPart);
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
