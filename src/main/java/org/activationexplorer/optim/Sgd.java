package org.activationexplorer.optim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SGD with (heavy-ball) momentum as PyTorch defines it: u = μ·u + g + λ·w; w -= lr·u. Weight decay λ is
 * L2 regularisation, added to the gradient.
 */
public final class Sgd implements Optimizer {
    private final List<ParameterGroup> groups;
    private final List<float[]> velocity = new ArrayList<>();
    private final double momentum;
    private long t;
    private double factor = 1; // the schedule's, on every group's learning rate

    public Sgd(List<ParameterGroup> groups, double momentum) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        this.groups = List.copyOf(groups);
        this.momentum = momentum;
        for (ParameterGroup g : groups) {
            for (Parameter p : g.parameters()) {
                velocity.add(new float[p.size()]);
            }
        }
    }

    @Override
    public void step() {
        t++;
        int index = 0;
        float mu = (float) momentum;
        for (ParameterGroup g : groups) {
            float lr = (float) (g.learningRate() * factor), decay = (float) g.weightDecay();
            for (Parameter p : g.parameters()) {
                float[] w = p.value(), grad = p.gradient(), u = velocity.get(index++);
                for (int i = 0; i < w.length; i++) {
                    // (x + C) − C flushes what would decay into slow float denormals (see Adam)
                    u[i] = (mu * u[i] + grad[i] + decay * w[i] + Adam.FLUSH_MOMENT) - Adam.FLUSH_MOMENT;
                    w[i] -= lr * u[i];
                }
                Arrays.fill(grad, 0f);
            }
        }
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
