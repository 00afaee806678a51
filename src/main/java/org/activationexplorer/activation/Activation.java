package org.activationexplorer.activation;

/**
 * An elementwise activation family, possibly trainable. Arrays are laid out (batch, channels, spatial)
 * as described by {@link Shape}; only the first shape.size() elements are used. Tags: [read] [written]
 * (overwritten) [accumulated] (+=).
 */
public interface Activation {

    Family family();

    /** Trainable parameters, flat; empty for fixed families. The optimizer updates them in place. */
    default float[] parameters() {
        return EMPTY;
    }

    /** Same layout as parameters(); backward adds into it, the optimizer zeroes it. */
    default float[] parameterGradients() {
        return EMPTY;
    }

    /** y = f(x). x [read], y [written]. */
    void forward(float[] x, float[] y, Shape shape);

    /**
     * dx = dy·f'(x) and parameterGradients += Σ dy·∂f/∂θ over the elements sharing θ.
     * x, y (the forward output), dy [read]; dx [written]; parameterGradients [accumulated]. x and y are the arrays
     * the last forward read and wrote, unchanged since, with parameters as they were then: a family may reuse what
     * its forward computed per element.
     */
    void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape);

    /**
     * Training (the default) or inference mode, for families whose forward depends on batch statistics
     * (SLAF normalises with the batch's moments while training and with running averages otherwise).
     */
    default void setTraining(boolean training) {}

    /**
     * The engine's way to run elementwise loops on several threads; families whose loops cost much more than
     * a memory pass use it for large arrays (forward and backward are then split into disjoint ranges).
     */
    default void setSplitter(Splitter splitter) {}

    /**
     * Values that inference needs but the optimizer does not train (SLAF's running statistics), flat, as a copy;
     * empty for most families. Saved with the weights, so that a run file's network predicts as the trained one did.
     */
    default float[] state() {
        return EMPTY;
    }

    /** Sets what state() returned (the same length). */
    default void restoreState(float[] saved) {}

    /** f(x) in double for one channel's parameters: plots, the curve command, gradient checks. */
    double value(double x, int channel);

    /** f'(x) in double. */
    double derivative(double x, int channel);

    float[] EMPTY = new float[0];
}
