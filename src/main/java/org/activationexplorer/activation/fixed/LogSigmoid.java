package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Logistic;
import org.activationexplorer.activation.special.Step;

/**
 * f(x) = log σ(x) = −softplus(−x) = min(x, 0) − log1p(e^{−|x|}): written so exp never overflows and the large-x
 * tail −e^{−x} keeps its relative accuracy (log(σ(x)) would round σ to 1 and return 0 past x ≈ 37). f′ = σ(−x).
 */
public final class LogSigmoid extends PointwiseActivation {
    public static final Family FAMILY = Family.fixed("log_sigmoid", "Log-sigmoid", "f(x) = log σ(x) = −log(1 + e^(−x))",
            "Classical: the logarithm of the logistic function (the log-likelihood term of logistic regression); "
                    + "as defined by torch.nn.functional.logsigmoid; no single originating paper for its use as an "
                    + "activation",
            (p, i, s, c) -> new LogSigmoid());

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    double f(double x) {
        return Math.min(x, 0) - Math.log1p(Math.exp(-Math.abs(x)));
    }

    @Override
    double df(double x) {
        return Logistic.sigmoid(-x);
    }

    /** e^{−|x|} in bulk: at most 1, so neither it nor log1p of it can overflow (as Softplus). */
    private float[] exps(float[] x, int n) {
        float[] t = scratch(n);
        for (int i = 0; i < n; i++) {
            t[i] = -Math.abs(x[i]);
        }
        BulkMath.exp(t, 1f, t, 0, n);
        return t;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        int n = shape.size();
        float[] t = exps(x, n);
        BulkMath.log1p(t, t, 0, n);
        for (int i = 0; i < n; i++) {
            y[i] = Math.min(x[i], 0f) - t[i];
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        int n = shape.size();
        float[] t = exps(x, n);
        for (int i = 0; i < n; i++) { // u = e^{−|x|}; σ(−x) = u/(1 + u) for x ≥ 0, 1/(1 + u) below: no branch
            float u = t[i], nonNegative = Step.nonNegative(x[i]);
            dx[i] = dy[i] * (1 - nonNegative * (1 - u)) / (1 + u);
        }
    }
}
