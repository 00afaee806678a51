package org.activationexplorer.fit;

/** A parametric curve for Levenberg–Marquardt: its value and its gradient with respect to the parameters. */
interface Model {

    String name();

    /** How many parameters. */
    int size();

    double value(double[] p, double x);

    /** ∂value/∂p at x, written into g (length size()). */
    void gradient(double[] p, double x, double[] g);
}
