package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.Step;

/**
 * The binary (Heaviside) step, f(x) = 1 for x ≥ 0 (−0 included), 0 below. Its true derivative is 0 almost
 * everywhere, which would stop all learning below it, so backward passes the straight-through estimator instead:
 * slope 1 on |x| ≤ 1, 0 outside (spec §9; the hard-tanh STE of Binarized Neural Networks).
 *
 * <p>derivative() returns that same surrogate slope, not f′: it is what backward multiplies by, so the plots'
 * f′ curve and the recorded runs show the slope training actually uses, and the float backward stays the double
 * kernel's. The card says so, and the contract test checks the slope against the STE (f has no f′ to
 * difference).
 */
public final class BinaryStep implements Activation {
    public static final Family FAMILY = Family.fixed("step", "Binary step",
            "f(x) = 1 if x ≥ 0 else 0; backward: straight-through slope 1 on |x| ≤ 1 (f′ is 0 almost everywhere)",
            "McCulloch, Pitts: A Logical Calculus of the Ideas Immanent in Nervous Activity, Bulletin of Mathematical "
                    + "Biophysics 1943; Rosenblatt: The Perceptron: A Probabilistic Model for Information Storage and "
                    + "Organization in the Brain, Psychological Review 1958. Straight-through estimator: Bengio, "
                    + "Léonard, Courville: Estimating or Propagating Gradients Through Stochastic Neurons for "
                    + "Conditional Computation, 2013, arXiv 1308.3432; cancelled beyond |x| > 1 as in Courbariaux et "
                    + "al.: Binarized Neural Networks, 2016, arXiv 1602.02830",
            (p, i, s, c) -> new BinaryStep());

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) {
            y[i] = 1 - Step.positive(-x[i]); // 0 only where −x > 0, so −0 and +0 both give 1, as value() does
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) { // the STE: dy where |x| ≤ 1, branch-free on the sign bit
            dx[i] = dy[i] * (1 - Step.positive(Math.abs(x[i]) - 1));
        }
    }

    @Override
    public double value(double x, int channel) {
        return x >= 0 ? 1 : 0;
    }

    /** The straight-through slope 1[|x| ≤ 1] that backward passes (see the class comment), not f′. */
    @Override
    public double derivative(double x, int channel) {
        return straightThrough(x);
    }

    /** 1 on |x| ≤ 1, else 0: the surrogate for the step's slope. */
    public static double straightThrough(double x) {
        return Math.abs(x) <= 1 ? 1 : 0;
    }
}
