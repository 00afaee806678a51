package org.activationexplorer.fit;

import org.activationexplorer.activation.Activation;

/** c·g(a·x + b) + d for a fixed family g, parameters (a, b, c, d); the Jacobian is analytic through g′. */
final class Wrapped implements Model {
    private final String name;
    private final Activation g;

    Wrapped(String name, Activation g) {
        this.name = name;
        this.g = g;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return 4;
    }

    /** g itself, for the linear solve of c and d at a start (a, b). */
    double inner(double u) {
        return g.value(u, 0);
    }

    @Override
    public double value(double[] p, double x) {
        return p[2] * g.value(p[0] * x + p[1], 0) + p[3];
    }

    @Override
    public void gradient(double[] p, double x, double[] out) {
        double u = p[0] * x + p[1];
        double slope = p[2] * g.derivative(u, 0);
        out[0] = slope * x;
        out[1] = slope;
        out[2] = g.value(u, 0);
        out[3] = 1;
    }
}
