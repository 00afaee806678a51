package org.activationexplorer.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The tests every activation family passes; a family's test class extends this and supplies the family,
 * its kinks and reference values (EJML's generic-test pattern).
 *
 * <p>Input derivatives are checked wholly in double: derivative() against central differences of value(),
 * h = 1e-6. Parameters are stored as float, so parameter derivatives are checked by perturbing θ by a
 * relative 1e-3 (representable in float), evaluating value() in double on both sides and dividing by the
 * actual stored difference; that central difference is accurate to O(h²) ≈ 1e-6, and it is compared with
 * the gradient that the float backward accumulates.
 */
public abstract class ActivationContract {
    private static final double H = 1e-6;
    protected final Random random = new Random(345);

    /** The family under test, built for channels() channels; trainable ones should perturb their parameters. */
    protected abstract Activation create(Random random);

    /** Channels the instance from create() serves (its parameter sets, with CHANNEL sharing). */
    protected int channels() {
        return 1;
    }

    /** Random inputs are drawn from [−range, range]. */
    protected double inputRange() {
        return 6;
    }

    /** x where f is not differentiable; derivative checks skip ±2h around them. */
    protected double[] kinks() {
        return new double[0];
    }

    /**
     * Points where f stays differentiable but its pieces meet (cell boundaries, knots): checked like any
     * other point, on purpose, since that is where closed-form derivatives tend to go wrong.
     */
    protected double[] edges() {
        return new double[0];
    }

    /**
     * Relative tolerance of the float kernels against the double ones: float rounding, by default. A family whose
     * float loops interpolate a table says how far that interpolation can be off, and why.
     */
    protected double floatTolerance() {
        return 1e-5;
    }

    /**
     * Tolerance of a parameter gradient summed over a large array, relative to Σ|dy|: float summation, by default;
     * more where the family interpolates ∂f/∂θ (the error is then systematic and grows with the element count).
     */
    protected double parameterGradientTolerance() {
        return 1e-6;
    }

    /** The same for f′ (dx). */
    protected double floatSlopeTolerance() {
        return floatTolerance();
    }

    /**
     * The slope backward passes when it is deliberately not f′, or null (the default: backward passes f′). A step's
     * f′ is 0 almost everywhere, so its backward passes a surrogate (the straight-through estimator) and its
     * derivative() returns that surrogate, which no central difference of value() can confirm. A family that
     * declares one has derivative() and the float backward held exactly to it instead; every other family keeps the
     * finite-difference check.
     */
    protected DoubleUnaryOperator surrogateSlope() {
        return null;
    }

    /** {x, f(x)} pairs from closed forms (see src/test/resources/activation/reference_values.py). */
    protected abstract double[][] referenceValues();

    /** The instance referenceValues() describe: by default create() with a fixed seed; trainable families
     *  return their default initialisation. */
    protected Activation createForReference() {
        return create(new Random(1));
    }

    private boolean nearKink(double x) {
        return Arrays.stream(kinks()).anyMatch(k -> Math.abs(x - k) <= 2 * H);
    }

    private double[] checkPoints() {
        double[] edges = edges();
        double[] xs = new double[206 + edges.length];
        for (int i = 0; i < 200; i++) {
            xs[i] = -8 + 16 * random.nextDouble();
        }
        System.arraycopy(new double[] {-20, 20, 0.25, -0.25, 1e-3, -1e-3}, 0, xs, 200, 6);
        System.arraycopy(edges, 0, xs, 206, edges.length);
        return xs;
    }

    @Test
    void inputDerivativeMatchesCentralDifference() {
        assumeTrue(surrogateSlope() == null, "backward passes a declared surrogate, checked below");
        Activation f = create(random);
        int channels = channels();
        for (double x : checkPoints()) {
            if (nearKink(x)) {
                continue;
            }
            int c = random.nextInt(channels);
            double numeric = (f.value(x + H, c) - f.value(x - H, c)) / (2 * H);
            double analytic = f.derivative(x, c);
            assertEquals(numeric, analytic, 1e-5 * Math.abs(numeric) + 1e-7, "f'(" + x + ")");
        }
    }

    /** A declared surrogate is what derivative() returns and what backward multiplies dy by, at every point. */
    @Test
    void backwardPassesTheDeclaredSurrogateSlope() {
        DoubleUnaryOperator surrogate = surrogateSlope();
        assumeTrue(surrogate != null, "backward passes f′, checked by central differences");
        Activation f = create(random);
        double[] points = checkPoints();
        Shape shape = new Shape(points.length, 1, 1);
        float[] x = new float[points.length], dy = randomArray(points.length, 1);
        float[] y = new float[x.length], dx = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) points[i];
        }
        f.forward(x, y, shape);
        f.backward(x, y, dy, dx, shape);
        for (int i = 0; i < x.length; i++) {
            double slope = surrogate.applyAsDouble(x[i]);
            assertEquals(slope, f.derivative(x[i], 0), 0, "derivative(" + x[i] + ")");
            assertEquals(dy[i] * slope, dx[i], 1e-7, "dx at " + x[i]);
        }
    }

    @Test
    void everyParameterDerivativeMatchesCentralDifference() {
        Activation f = create(random);
        float[] theta = f.parameters();
        assumeTrue(theta.length > 0, "no parameters");
        Shape shape = new Shape(3, channels(), 4);
        float[] x = randomArray(shape.size(), inputRange()), dy = randomArray(shape.size(), 1);
        float[] y = new float[x.length], dx = new float[x.length];
        Arrays.fill(f.parameterGradients(), 0f);
        f.forward(x, y, shape);
        f.backward(x, y, dy, dx, shape);
        assertParameterGradients(f, x, dy, shape, 1e-5);
    }

    /**
     * Each parameter gradient that backward accumulated (from zero) against the central difference of Σ dy·f in
     * double: θ moved by a relative 1e-3 (representable in float), divided by the stored difference; within
     * 1e-4 relative plus `absolute`.
     */
    private static void assertParameterGradients(Activation f, float[] x, float[] dy, Shape shape, double absolute) {
        float[] theta = f.parameters(), analytic = f.parameterGradients().clone();
        for (int p = 0; p < theta.length; p++) {
            float saved = theta[p];
            double h = 1e-3 * Math.max(1, Math.abs(saved));
            theta[p] = (float) (saved + h);
            double plus = weightedSum(f, x, dy, shape), up = theta[p];
            theta[p] = (float) (saved - h);
            double minus = weightedSum(f, x, dy, shape), down = theta[p];
            theta[p] = saved;
            double numeric = (plus - minus) / (up - down);
            assertEquals(numeric, analytic[p], 1e-4 * Math.abs(numeric) + absolute, "dL/dθ[" + p + "]");
        }
    }

    /** Σ dy·f(x) in double over the shape, each element with its channel's parameters. */
    private static double weightedSum(Activation f, float[] x, float[] dy, Shape s) {
        double sum = 0;
        for (int n = 0, i = 0; n < s.batch(); n++) {
            for (int c = 0; c < s.channels(); c++) {
                for (int q = 0; q < s.spatial(); q++, i++) {
                    sum += dy[i] * f.value(x[i], c);
                }
            }
        }
        return sum;
    }

    @Test
    void floatForwardAndBackwardAgreeWithTheDoubleKernel() {
        Activation f = create(random);
        Shape shape = new Shape(4, channels(), 5);
        float[] x = randomArray(shape.size(), inputRange()), dy = randomArray(shape.size(), 1);
        double[] edges = edges();
        for (int i = 0; i < Math.min(edges.length, x.length); i++) {
            x[i] = (float) edges[i];
        }
        float[] y = new float[x.length], dx = new float[x.length];
        f.forward(x, y, shape);
        f.backward(x, y, dy, dx, shape);
        assertFloatAgreesWithDouble(f, x, y, dy, dx, shape);
    }

    /** y and dx from the float loops against value() and dy·derivative() in double, away from kinks. */
    private void assertFloatAgreesWithDouble(Activation f, float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        for (int i = 0; i < x.length; i++) {
            int c = (i / shape.spatial()) % shape.channels();
            if (nearKink(x[i])) {
                continue;
            }
            double fx = f.value(x[i], c), dfx = f.derivative(x[i], c);
            assertEquals(fx, y[i], floatTolerance() * (Math.abs(fx) + 1), "f(" + x[i] + ")");
            assertEquals(dy[i] * dfx, dx[i], floatSlopeTolerance() * (Math.abs(dy[i] * dfx) + 1), "dx at " + x[i]);
        }
    }

    /**
     * The same on arrays as large as training's (20 × channels × 256), which the small shapes above never make:
     * the vectorised loops, per-step tables and float lane sums run there. Each parameter gradient is held to the
     * central difference of Σ dy·f in double, within float summation error (relative to Σ|dy|).
     */
    @Test
    void largeArraysAgreeWithTheDoubleKernelIncludingParameterGradients() {
        Activation f = create(random);
        Shape shape = new Shape(20, channels(), 256);
        float[] x = randomArray(shape.size(), inputRange()), dy = randomArray(shape.size(), 1);
        for (int i = 0; i < x.length; i++) { // a kink that θ moves would spoil the central differences in θ
            for (double k : kinks()) {
                if (Math.abs(x[i] - k) < 0.01) {
                    x[i] = (float) (k + (x[i] < k ? -0.01 : 0.01));
                }
            }
        }
        double[] edges = edges();
        for (int i = 0; i < edges.length; i++) {
            x[97 * i % x.length] = (float) edges[i];
        }
        float[] y = new float[x.length], dx = new float[x.length];
        Arrays.fill(f.parameterGradients(), 0f);
        f.forward(x, y, shape);
        f.backward(x, y, dy, dx, shape);
        assertFloatAgreesWithDouble(f, x, y, dy, dx, shape);
        double scale = 0;
        for (float g : dy) {
            scale += Math.abs(g);
        }
        assertParameterGradients(f, x, dy, shape, parameterGradientTolerance() * scale);
    }

    @Test
    void backwardOverwritesDxAndAccumulatesParameterGradients() {
        Activation f = create(random);
        Shape shape = new Shape(2, channels(), 2);
        float[] x = randomArray(shape.size(), inputRange()), dy = randomArray(shape.size(), 1), y = new float[x.length];
        float[] dx1 = new float[x.length], dx2 = new float[x.length];
        Arrays.fill(dx2, Float.NaN);
        Arrays.fill(f.parameterGradients(), 0f);
        f.forward(x, y, shape);
        f.backward(x, y, dy, dx1, shape);
        float[] once = f.parameterGradients().clone();
        f.backward(x, y, dy, dx2, shape);
        assertTrue(Arrays.equals(dx1, dx2), "dx is overwritten, not accumulated");
        for (int p = 0; p < once.length; p++) {
            assertEquals(2 * once[p], f.parameterGradients()[p], 1e-5 * Math.abs(once[p]) + 1e-7);
        }
    }

    /** Buffers are sized for the largest batch; a smaller one must leave the rest alone and not read it. */
    @Test
    void loopsTouchOnlyTheFirstShapeSizeElements() {
        Activation f = create(random);
        Shape shape = new Shape(3, channels(), 5);
        int n = shape.size();
        float[] x = Arrays.copyOf(randomArray(n, inputRange()), n + 4), dy = Arrays.copyOf(randomArray(n, 1), n + 4);
        Arrays.fill(x, n, n + 4, Float.NaN);
        Arrays.fill(dy, n, n + 4, Float.NaN);
        float[] y = new float[n + 4], dx = new float[n + 4];
        Arrays.fill(y, 7f);
        Arrays.fill(dx, 7f);
        Arrays.fill(f.parameterGradients(), 0f);
        f.forward(x, y, shape);
        f.backward(x, y, dy, dx, shape);
        for (int e = n; e < n + 4; e++) {
            assertEquals(7f, y[e], "y written past shape.size()");
            assertEquals(7f, dx[e], "dx written past shape.size()");
        }
        for (float g : f.parameterGradients()) {
            assertFalse(Float.isNaN(g), "a parameter gradient read past shape.size()");
        }
    }

    @Test
    void staysFiniteAtExtremeInputs() {
        Activation f = create(random);
        double[] extremes = {-1e4, 1e4, 0, -0.0, Float.MIN_VALUE, -Float.MIN_VALUE, 88, -88, 1e-40, 1e-20, -1e-20};
        double[] all = Arrays.copyOf(extremes, extremes.length + kinks().length);
        System.arraycopy(kinks(), 0, all, extremes.length, kinks().length);
        Shape shape = new Shape(all.length, channels(), 1);
        float[] x = new float[shape.size()], y = new float[x.length], dx = new float[x.length], dy = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) all[i / channels()];
            dy[i] = 1;
        }
        f.forward(x, y, shape);
        f.backward(x, y, dy, dx, shape);
        for (int e = 0; e < x.length; e++) {
            int i = e / channels();
            boolean moderate = Math.abs(all[i]) <= 1e4;
            assertFalse(Float.isNaN(y[e]), "f(" + all[i] + ") is NaN");
            assertFalse(Float.isNaN(dx[e]), "f'(" + all[i] + ") is NaN");
            assertFalse(Double.isNaN(f.value(all[i], 0)) || Double.isNaN(f.derivative(all[i], 0)), "double at " + all[i]);
            if (moderate) {
                assertTrue(Float.isFinite(y[e]) && Float.isFinite(dx[e]), "not finite at " + all[i]);
                assertTrue(Double.isFinite(f.value(all[i], 0)) && Double.isFinite(f.derivative(all[i], 0)));
            }
        }
        for (float g : f.parameterGradients()) {
            assertFalse(Float.isNaN(g), "parameter gradient NaN");
        }
        for (double v : all) {
            if (Math.abs(v) <= 1e4) {
                double d = f.derivative(v, 0);
                assertTrue(Double.isFinite(f.value(v, 0)) && Double.isFinite(d), "double not finite at " + v);
            }
        }
    }

    @Test
    void matchesReferenceValues() {
        Activation f = createForReference();
        for (double[] xy : referenceValues()) {
            assertEquals(xy[1], f.value(xy[0], 0), 1e-12 * Math.abs(xy[1]) + 1e-15, "f(" + xy[0] + ")");
        }
    }

    @Test
    void familyMetadataIsComplete() {
        Family family = create(random).family();
        assertTrue(family.name().matches("[a-z][a-z0-9_]*"), family.name());
        assertFalse(family.displayName().isBlank() || family.formula().isBlank());
        assertSame(family, Activations.family(family.name()));
        for (Hyperparameter h : family.hyperparameters()) {
            assertEquals(h.defaultValue(), h.check(h.defaultValue()));
        }
    }

    protected float[] randomArray(int n, double scale) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) ((2 * random.nextDouble() - 1) * scale);
        }
        return a;
    }
}
