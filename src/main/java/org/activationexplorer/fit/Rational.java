package org.activationexplorer.fit;

/**
 * (p0 + p1·x + p2·x²) / (1 + |q1·x| + |q2|·x²), parameters (p0, p1, p2, q1, q2): PAU's safe denominator, never below
 * 1, so no start or step of the fit can put a pole inside the range.
 */
final class Rational implements Model {

    @Override
    public String name() {
        return "rational2/2";
    }

    @Override
    public int size() {
        return 5;
    }

    static double denominator(double q1, double q2, double x) {
        return 1 + Math.abs(q1 * x) + Math.abs(q2) * x * x;
    }

    @Override
    public double value(double[] p, double x) {
        return (p[0] + p[1] * x + p[2] * x * x) / denominator(p[3], p[4], x);
    }

    @Override
    public void gradient(double[] p, double x, double[] g) {
        double den = denominator(p[3], p[4], x);
        double num = p[0] + p[1] * x + p[2] * x * x;
        g[0] = 1 / den;
        g[1] = x / den;
        g[2] = x * x / den;
        double f = -num / (den * den);
        // sign(0) taken as +1: with Math.signum a start at q = 0 would have a zero gradient there and never leave it
        g[3] = f * (p[3] >= 0 ? 1 : -1) * Math.abs(x);
        g[4] = f * (p[4] >= 0 ? 1 : -1) * x * x;
    }
}
