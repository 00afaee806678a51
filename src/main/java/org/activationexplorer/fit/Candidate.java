package org.activationexplorer.fit;

import java.util.function.DoubleUnaryOperator;

/**
 * One fitted library form: its name (a catalog family such as "tanh", or "poly3", or "rational2/2"), its
 * parameters, how well it fits (weighted R²), the largest |residual| where the data are, and the residual
 * y − f(x) at every sample for plotting. value(x) draws the overlay. Immutable by convention.
 */
public final class Candidate {

    /** What the parameters mean. */
    public enum Kind {
        /** c·g(a·x + b) + d: parameters (a, b, c, d). */
        WRAPPED,
        /** Σ cₖ·xᵏ: coefficients c0 … cn. */
        POLYNOMIAL,
        /** (p0 + p1·x + p2·x²) / (1 + q1·|x| + q2·x²): coefficients (p0, p1, p2, q1, q2), q1, q2 ≥ 0. */
        RATIONAL
    }

    private final String name;
    private final Kind kind;
    private final double[] parameters;
    private final DoubleUnaryOperator curve;
    private final double r2;
    private final double score;
    private final double maxResidual;
    private final double[] residuals;

    Candidate(String name, Kind kind, double[] parameters, DoubleUnaryOperator curve, double r2, double score,
              double maxResidual, double[] residuals) {
        this.name = name;
        this.kind = kind;
        this.parameters = parameters;
        this.curve = curve;
        this.r2 = r2;
        this.score = score;
        this.maxResidual = maxResidual;
        this.residuals = residuals;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** (a, b, c, d) for WRAPPED, the coefficients otherwise; a copy. */
    public double[] parameters() {
        return parameters.clone();
    }

    /** How many fitted parameters (what the ranking's penalty counts). */
    public int parameterCount() {
        return parameters.length;
    }

    /** The fitted curve at x. Thread-safe: the fixed families evaluate without state. */
    public double value(double x) {
        return curve.applyAsDouble(x);
    }

    /** Weighted R² = 1 − Σw·r² / Σw·(y − ȳ_w)². */
    public double r2() {
        return r2;
    }

    /** What the ranking sorts by, higher first: r2 − 1e-4 per parameter. */
    public double score() {
        return score;
    }

    /** The largest |y − f(x)| among the samples whose weight is at least 1 % of the largest weight. */
    public double maxResidual() {
        return maxResidual;
    }

    /** y − f(x) at every sample, in the order given; a copy. */
    public double[] residuals() {
        return residuals.clone();
    }

    @Override
    public String toString() {
        return name + " r2=" + r2 + " " + java.util.Arrays.toString(parameters);
    }
}
