package org.activationexplorer.activation.trainable;

import java.util.Arrays;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.SplitPass;
import org.activationexplorer.activation.Splitter;

/**
 * What every trainable family shares: parameter sets of a fixed size, one per layer (LAYER) or one per
 * channel (CHANNEL), and the walk over the elements that use each set. A family supplies fused loops over a
 * contiguous range of elements with one set, so that LAYER sharing runs as one flat loop the JIT can unroll
 * and vectorise, and backward accumulates a set's gradient in double before adding it once.
 */
abstract class TrainableActivation implements Activation {
    protected final float[] theta;    // (sets, setSize)
    private final float[] gradient;   // (sets, setSize)
    private double[] acc;             // (accSize) one set's gradient while backward walks its elements
    protected final int setSize;
    private final boolean perChannel;

    TrainableActivation(int setSize, Sharing sharing, int channels, double[] initial) {
        this.setSize = setSize;
        this.perChannel = sharing == Sharing.CHANNEL;
        int sets = perChannel ? channels : 1;
        theta = new float[sets * setSize];
        gradient = new float[sets * setSize];
        for (int s = 0; s < sets; s++) {
            for (int j = 0; j < setSize; j++) {
                theta[s * setSize + j] = (float) initial[j];
            }
        }
    }

    /** y[e] = f(x[e]) for e in [from, to) with the set at theta[o..o+setSize). */
    abstract void forwardRange(float[] x, float[] y, int from, int to, int o);

    /**
     * dx[e] = dy[e]·f′(x[e]) and acc[j] += Σ dy[e]·∂f/∂θ_j over [from, to), set at theta[o..). Slots of acc past
     * setSize (see accSize) are the family's own per-set sums, turned into θ gradients by finishSet.
     */
    abstract void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc);

    /**
     * As backwardRange, with a float accumulator of floatAccSize() beside acc (its own per part when split), for
     * sums scattered per element (tables, grids): in a loop, each float-to-double conversion costs JDK 17's C2 a
     * false dependency on the previous iteration (~5 ns per element measured here), so such sums stay in float
     * and finishSet folds them into acc (see floatAccs). By default the plain backwardRange.
     */
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc,
                       float[] floatAcc) {
        backwardRange(x, y, dy, dx, from, to, o, acc);
    }

    /** Length of the float accumulator; 0 (the default) for none. */
    int floatAccSize() {
        return 0;
    }

    private float[][] floatAccs = new float[0][]; // [0]: the serial pass's, then one per part

    /** Every float accumulator backward may have written since the last finishSet: finishSet folds and zeroes them. */
    protected final float[][] floatAccs() {
        if (floatAccs.length != 1 + pass.parts()) {
            floatAccs = new float[1 + pass.parts()][floatAccSize()];
        }
        return floatAccs;
    }

    private float[] floatAcc() {
        return floatAccs()[0];
    }

    /** Length of acc: setSize, plus room for sums that finishSet turns into gradients. */
    int accSize() {
        return setSize;
    }

    private double[] acc() {
        if (acc == null) { // not in the constructor: accSize may read the subclass's fields
            acc = new double[accSize()];
        }
        return acc;
    }

    /** Called after backwardRange has seen every element of the set at o, before acc is added to the gradient. */
    void finishSet(int o, double[] acc) {}

    /** f(x) in double with the set at theta[o..). */
    abstract double value(double x, float[] theta, int o);

    /** f′(x) in double with the set at theta[o..). */
    abstract double derivative(double x, float[] theta, int o);

    private float[] scratch = new float[0];

    private double[][] partAcc = new double[1][0];
    private final SplitPass pass = new SplitPass((x, y, n, from, to, p) -> forwardRange(x, y, from, to, 0),
            (x, y, dy, dx, n, from, to, p) -> {
                double[] a = partAcc[p];
                Arrays.fill(a, 0);
                backwardRange(x, y, dy, dx, from, to, 0, a, floatAccs()[1 + p]);
            });

    /**
     * True for families whose forwardRange and backwardRange may run at once on disjoint ranges of one set
     * (they touch no shared mutable state except through acc, after prepare).
     */
    boolean splittable() {
        return false;
    }

    /** Per-pass work for the set at o before ranges of n elements run in parallel (tables of θ, buffers). */
    void prepare(int o, int n) {}

    /** Runs per-pass preparation in parts on the splitter's threads (never from inside a split range). */
    protected final void inParts(Splitter.Part part) {
        pass.splitter().split(part);
    }

    protected final int parts() {
        return pass.parts();
    }

    /** True while ranges run in parallel: they must then leave what prepare set up alone. */
    protected final boolean splitting() {
        return pass.running();
    }

    @Override
    public final void setSplitter(Splitter splitter) {
        pass.setSplitter(splitter);
        partAcc = new double[splitter.parts()][accSize()];
    }

    private boolean split(int n) {
        return !perChannel && pass.worthSplitting(n) && splittable();
    }

    /** Elements that each parameter set sees in the current forward/backward (for per-set per-pass precomputation). */
    protected int elementsPerSet;

    /** Elements of the current forward/backward, shape.size(): what per-element scratch must hold. */
    protected int passSize;

    /** A reusable buffer of at least n floats (grown once, so steady-state training allocates nothing). */
    protected final float[] scratch(int n) {
        if (scratch.length < n) {
            scratch = new float[n];
        }
        return scratch;
    }

    protected final int offset(int channel) {
        return perChannel ? channel * setSize : 0;
    }

    @Override
    public final float[] parameters() {
        return theta;
    }

    @Override
    public final float[] parameterGradients() {
        return gradient;
    }

    @Override
    public final void forward(float[] x, float[] y, Shape shape) {
        elementsPerSet = perChannel ? shape.size() / shape.channels() : shape.size();
        passSize = shape.size();
        if (split(shape.size())) {
            prepare(0, shape.size());
            pass.forward(x, y, shape.size());
            return;
        }
        if (!perChannel) {
            forwardRange(x, y, 0, shape.size(), 0);
            return;
        }
        int spatial = shape.spatial(), channels = shape.channels();
        for (int n = 0, e = 0; n < shape.batch(); n++) {
            for (int c = 0; c < channels; c++, e += spatial) {
                forwardRange(x, y, e, e + spatial, c * setSize);
            }
        }
    }

    @Override
    public final void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        elementsPerSet = perChannel ? shape.size() / shape.channels() : shape.size();
        passSize = shape.size();
        floatAccs(); // sized here, before any part runs
        if (split(shape.size())) {
            prepare(0, shape.size());
            pass.backward(x, y, dy, dx, shape.size());
            double[] acc = acc();
            Arrays.fill(acc, 0);
            for (double[] a : partAcc) {
                for (int j = 0; j < acc.length; j++) {
                    acc[j] += a[j];
                }
            }
            finishSet(0, acc);
            addAcc(0);
            return;
        }
        double[] acc = acc();
        if (!perChannel) {
            Arrays.fill(acc, 0);
            backwardRange(x, y, dy, dx, 0, shape.size(), 0, acc, floatAcc());
            finishSet(0, acc);
            addAcc(0);
            return;
        }
        int spatial = shape.spatial(), channels = shape.channels();
        for (int c = 0; c < channels; c++) {
            Arrays.fill(acc, 0);
            for (int n = 0; n < shape.batch(); n++) {
                int e = (n * channels + c) * spatial;
                backwardRange(x, y, dy, dx, e, e + spatial, c * setSize, acc, floatAcc());
            }
            finishSet(c * setSize, acc);
            addAcc(c * setSize);
        }
    }

    private void addAcc(int o) {
        double[] acc = acc();
        for (int j = 0; j < setSize; j++) {
            gradient[o + j] += (float) acc[j];
        }
    }

    @Override
    public final double value(double x, int channel) {
        return value(x, theta, offset(channel));
    }

    @Override
    public final double derivative(double x, int channel) {
        return derivative(x, theta, offset(channel));
    }
}
