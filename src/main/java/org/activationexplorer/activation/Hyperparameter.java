package org.activationexplorer.activation;

import java.util.Locale;

/** A numeric setting of a family, fixed while training (e.g. leaky ReLU's slope, a polynomial's degree). */
public record Hyperparameter(String name, double defaultValue, double min, double max, boolean integer, String description) {

    public static Hyperparameter real(String name, double defaultValue, double min, double max, String description) {
        return new Hyperparameter(name, defaultValue, min, max, false, description);
    }

    public static Hyperparameter integer(String name, int defaultValue, int min, int max, String description) {
        return new Hyperparameter(name, defaultValue, min, max, true, description);
    }

    /** Returns value, or throws with a message naming this parameter and its valid range. */
    public double check(double value) {
        if (!Double.isFinite(value) || value < min || value > max || (integer && value != Math.rint(value))) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT, "%s must be %s in [%s, %s], got %s", name, integer ? "an integer" : "a number",
                    format(min), format(max), format(value)));
        }
        return value;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
