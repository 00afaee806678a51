package org.activationexplorer.report;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of n values, their sample standard deviation (n − 1 in the denominator) and the half-width of the 95 %
 * confidence interval of the mean from Student's t with n − 1 degrees of freedom: t(0.975, n − 1) · sd / √n. With
 * n = 3 seeds t is 4.30, so the interval is wide: a handful of seeds says little, and the report shows it.
 */
public record Stats(int n, double mean, double sd, double ci95) {

    /** NaN where undefined: every figure with n = 0, sd and the interval with n = 1. */
    public static Stats of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new Stats(1, mean, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975); // no random generator needed
        return new Stats(n, mean, sd, t * sd / Math.sqrt(n));
    }

    public double low() {
        return mean - ci95;
    }

    public double high() {
        return mean + ci95;
    }
}
