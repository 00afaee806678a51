package org.activationexplorer.optim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Adam (Kingma and Ba 2014, arXiv 1412.6980) with decoupled weight decay as in AdamW
 * (Loshchilov and Hutter 2017, arXiv 1711.05101): decay shrinks weights directly, not through m and v,
 * so it acts the same whatever the gradient scale.
 */
public final class Adam implements Optimizer {
    static final float FLUSH_GRADIENT = 3e-11f;
    static final float FLUSH_MOMENT = 1e-30f;
    private final List<ParameterGroup> groups;
    private final List<float[]> m = new ArrayList<>(); // first moments, one per parameter, in group order
    private final List<float[]> v = new ArrayList<>(); // second moments
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private long t;

    public Adam(List<ParameterGroup> groups, double beta1, double beta2, double epsilon) {
        this.groups = List.copyOf(groups);
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
        this(groups, 0.9, 0.999, 1e-8);
    }

    @Override
    public void step() {
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        int index = 0;
        for (ParameterGroup g : groups) {
            // p -= lr·m̂/(√v̂ + ε) written as p -= stepSize·m/(√v + ε·√c2), the usual folding of the corrections
            float stepSize = (float) (g.learningRate() * Math.sqrt(correction2) / correction1);
            float eps = (float) (epsilon * Math.sqrt(correction2));
            float decay = (float) (1 - g.learningRate() * g.weightDecay());
            for (Parameter p : g.parameters()) {
                update(p.value(), p.gradient(), m.get(index), v.get(index), stepSize, eps, decay);
                index++;
            }
        }
    }

    private void update(float[] w, float[] grad, float[] m, float[] v, float stepSize, float eps, float decay) {
        float b1 = (float) beta1, b2 = (float) beta2, c1 = 1 - b1, c2 = 1 - b2;
        for (int i = 0; i < w.length; i++) {
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
        Arrays.fill(grad, 0f);
    }

    @Override
    public long steps() {
        return t;
    }
}
