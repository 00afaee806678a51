package org.activationexplorer.optim;

/**
 * A trainable array and its gradient, of the same length. Layers own both; backward accumulates into
 * gradient, the optimizer updates value and zeroes gradient. Kind selects the parameter group.
 */
public record Parameter(String name, float[] value, float[] gradient, Kind kind) {

    public enum Kind { WEIGHT, BIAS, ACTIVATION }

    public Parameter {
        if (value.length != gradient.length) {
            throw new IllegalArgumentException(name + ": value and gradient lengths differ");
        }
    }

    public int size() {
        return value.length;
    }
}
