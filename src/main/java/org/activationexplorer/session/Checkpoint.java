package org.activationexplorer.session;

import java.util.List;
import org.activationexplorer.optim.Parameter;

/** A copy of every parameter's values at one step, to go back to after a divergence. Reuses its arrays. */
final class Checkpoint {
    private float[][] values = new float[0][];
    private long step;

    /** Copies the parameters' current values as those of `step`. */
    void save(List<Parameter> parameters, long atStep) {
        if (values.length != parameters.size()) {
            values = new float[parameters.size()][];
        }
        for (int i = 0; i < parameters.size(); i++) {
            float[] v = parameters.get(i).value();
            if (values[i] == null || values[i].length != v.length) {
                values[i] = new float[v.length];
            }
            System.arraycopy(v, 0, values[i], 0, v.length);
        }
        step = atStep;
    }

    /** The step whose values are kept. */
    long step() {
        return step;
    }

    /** True if the parameters have the kept arrays' count and lengths (the same network shape). */
    boolean fits(List<Parameter> parameters) {
        if (parameters.size() != values.length) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (parameters.get(i).value().length != values[i].length) {
                return false;
            }
        }
        return true;
    }

    /** Writes the kept values into parameters that fit(). */
    void restoreInto(List<Parameter> parameters) {
        if (!fits(parameters)) {
            throw new IllegalArgumentException("the checkpoint does not fit these parameters");
        }
        for (int i = 0; i < values.length; i++) {
            System.arraycopy(values[i], 0, parameters.get(i).value(), 0, values[i].length);
        }
    }
}
