package org.activationexplorer.optim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.activationexplorer.linalg.Parallel;

/**
 * Adam (Kingma and Ba 2014, arXiv 1412.6980) with decoupled weight decay as in AdamW
 * (Loshchilov and Hutter 2017, arXiv 1711.05101): decay shrinks weights directly, not through m and v,
 * so it acts the same whatever the gradient scale.
 */
public final class Adam implements Optimizer, Parallel.Task {
    static final float FLUSH_GRADIENT = 3e-11f;
    static final float FLUSH_MOMENT = 1e-30f;
    private final List<ParameterGroup> groups;
    private final List<float[]> m = new ArrayList<>(); // first moments, one per parameter, in group order
    private final List<float[]> v = new ArrayList<>(); // second moments
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final Parallel parallel;
    private long t;
    private double factor = 1; // the schedule's, on every group's learning rate
    // the parameter being updated by both parts (set before parallel.run)
    private float[] jobW, jobGrad, jobM, jobV;
    private float jobStep, jobEps, jobDecay;

    /** Parameters of at least this many floats are updated by both threads of parallel. */
    static final int PARALLEL_SIZE = 16_384;

    public Adam(List<ParameterGroup> groups, double beta1, double beta2, double epsilon, Parallel parallel) {
        this.groups = List.copyOf(groups);
        this.parallel = parallel;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        for (ParameterGroup g : groups) {
            for (Parameter p : g.parameters()) {
                m.add(new float[p.size()]);
                v.add(new float[p.size()]);
            }
        }
    }

    public Adam(List<ParameterGroup> groups) {
        this(groups, 0.9, 0.999, 1e-8, new Parallel(1));
    }

    /** Adam's usual β₁ = 0.9, β₂ = 0.999, ε = 1e-8, large parameters split over parallel's threads. */
    public Adam(List<ParameterGroup> groups, Parallel parallel) {
        this(groups, 0.9, 0.999, 1e-8, parallel);
    }

    @Override
    public void step() {
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        int index = 0;
        for (ParameterGroup g : groups) {
            // p -= lr·m̂/(√v̂ + ε) written as p -= stepSize·m/(√v + ε·√c2), the usual folding of the corrections
            double lr = g.learningRate() * factor;
            float stepSize = (float) (lr * Math.sqrt(correction2) / correction1);
            float eps = (float) (epsilon * Math.sqrt(correction2));
            float decay = (float) (1 - lr * g.weightDecay());
            for (Parameter p : g.parameters()) {
                float[] w = p.value(), grad = p.gradient(), mi = m.get(index), vi = v.get(index);
                index++;
                if (w.length < PARALLEL_SIZE || parallel.threads() == 1) {
                    update(w, grad, mi, vi, stepSize, eps, decay, 0, w.length);
                    continue;
                }
                jobW = w;
                jobGrad = grad;
                jobM = mi;
                jobV = vi;
                jobStep = stepSize;
                jobEps = eps;
                jobDecay = decay;
                parallel.run(this);
            }
        }
    }

    /** Part of a large parameter's update: the memory-bound loop runs at once on both cores. */
    @Override
    public void run(int part, int parts) {
        int length = jobW.length, mid = length / 2;
        update(jobW, jobGrad, jobM, jobV, jobStep, jobEps, jobDecay, part == 0 ? 0 : mid, part == 0 && parts > 1 ? mid : length);
    }

    private void update(float[] w, float[] grad, float[] m, float[] v, float stepSize, float eps, float decay, int from,
                        int to) {
        float b1 = (float) beta1, b2 = (float) beta2, c1 = 1 - b1, c2 = 1 - b2;
        for (int i = from; i < to; i++) {
            // Without flushing, moments of tiny gradients decay into float denormals, which x86 processes ~100×
            // slower. (x + C) − C rounds x to a multiple of ulp(C): exactly 0 for |x| < ulp(C)/2, a normal float
            // otherwise, with no branch. For g, ulp(3e-11) ≈ 3.6e-18 keeps c2·g² normal; such a rounding error is
            // far below what Adam's ε = 1e-8 lets through.
            float g = (grad[i] + FLUSH_GRADIENT) - FLUSH_GRADIENT;
            float mi = (b1 * m[i] + c1 * g + FLUSH_MOMENT) - FLUSH_MOMENT;
            float vi = (b2 * v[i] + c2 * g * g + FLUSH_MOMENT) - FLUSH_MOMENT;
            m[i] = mi;
            v[i] = vi;
            w[i] = w[i] * decay - stepSize * mi / ((float) Math.sqrt(vi) + eps);
        }
        Arrays.fill(grad, from, to, 0f);
    }

    @Override
    public void scaleLearningRates(double factor) {
        this.factor = factor;
    }

    @Override
    public long steps() {
        return t;
    }
}
