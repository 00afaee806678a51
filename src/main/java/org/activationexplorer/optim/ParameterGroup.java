package org.activationexplorer.optim;

import java.util.List;

/** Parameters that share a learning rate and weight decay (activation parameters get their own group). */
public record ParameterGroup(List<Parameter> parameters, double learningRate, double weightDecay) {
    public ParameterGroup {
        parameters = List.copyOf(parameters);
        if (!(learningRate >= 0) || !(weightDecay >= 0)) {
            throw new IllegalArgumentException("learning rate and weight decay must be ≥ 0");
        }
    }
}
