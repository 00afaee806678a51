package org.activationexplorer.activation.trainable;

import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.VectorApi;

/**
 * Adaptive Parametric Activation, intermediate-layer form AGLU (Alexandridis, Deng, Nguyen, Luo, ECCV 2024,
 * arXiv 2407.08567; spec §6): y = z·p, p = (1 + λe^{−κz})^{−1/λ}, computed as ln p = −log1p(λe^{−κz})/λ (or
 * −(ln λ − κz)/λ once −κz > 20). With q = 1/(e^{κz} + λ): ∂y/∂z = p + z·p·κ·q, ∂y/∂κ = z²·p·q,
 * ∂y/∂λ = z·p·[ln(1 + λe^{−κz})/λ² − q/λ] (the exact form; the official backward drops the first term).
 * λ is used as max(λ, 1e−4) (the code's clamp), with zero gradient below. Parameters per set: λ, κ.
 */
public final class Apa extends TrainableActivation {
    private static final double MIN_LAMBDA = 1e-4;
    private static final Map<String, double[]> INITS = Map.of(
            "silu", new double[] {1, 1}, "gelu", new double[] {1, 1.702}, "relu", new double[] {1, 8});
    public static final Family FAMILY = new Family("apa", "APA / AGLU", "f(z) = z·(1 + λe^(−κz))^(−1/λ)",
            "Alexandridis, Deng, Nguyen, Luo: Adaptive Parametric Activation, ECCV 2024, arXiv 2407.08567", true,
            List.of(), List.of("silu", "gelu", "relu"),
            (p, init, sharing, channels) -> new Apa(INITS.get(init == null ? "silu" : init), sharing, channels));

    private static final boolean VECTOR = VectorApi.PRESENT;
    private float[] e = new float[0];    // scratch: e^{−κz}
    private float[] logs = new float[0]; // scratch: log1p(λe)
    private float[] p = new float[0];    // scratch: the gate

    public Apa(double[] lambdaKappa, Sharing sharing, int channels) {
        super(2, sharing, channels, lambdaKappa);
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    /** ln p for t = −κz. */
    private static double logGate(double lambda, double t) {
        return -log1pLambdaExp(lambda, t) / lambda;
    }

    /**
     * In bulk over [from, to): e = e^{−κz}, L = log1p(λe) and p = e^{−L/λ}, into the scratch buffers. Where
     * e overflows to ∞ (κz ≪ 0), L = ∞ and p = 0, the right limit; q = 1/(1/e + λ) stays finite there too.
     */
    private void gate(float[] x, int from, int to, float lambda, float kappa) {
        if (e.length < to) {
            e = new float[to];
            logs = new float[to];
            p = new float[to];
        }
        BulkMath.exp(x, -kappa, e, from, to);
        for (int i = from; i < to; i++) {
            logs[i] = lambda * e[i];
        }
        BulkMath.log1p(logs, logs, from, to);
        BulkMath.exp(logs, -1 / lambda, p, from, to);
    }

    @Override
    void forwardRange(float[] x, float[] y, int from, int to, int o) {
        gate(x, from, to, (float) Math.max(theta[o], MIN_LAMBDA), theta[o + 1]);
        for (int i = from; i < to; i++) {
            y[i] = x[i] * p[i];
        }
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc) {
        float lambda = (float) Math.max(theta[o], MIN_LAMBDA), kappa = theta[o + 1], gl = 0, gk = 0;
        gate(x, from, to, lambda, kappa);
        if (VECTOR) { // the tail below
            from = ApaVectorKernel.backward(x, dy, dx, e, logs, p, from, to, lambda, kappa, theta[o] > MIN_LAMBDA, acc);
        }
        for (int i = from; i < to; i++) {
            float z = x[i], g = dy[i], pi = p[i], q = 1 / (1 / e[i] + lambda), zp = z * pi;
            dx[i] = g * (pi + zp * kappa * q);
            gk += g * z * zp * q;
            gl += pi > 0 ? g * zp * (logs[i] / (lambda * lambda) - q / lambda) : 0f; // 0 where p underflowed
        }
        acc[0] += theta[o] > MIN_LAMBDA ? gl : 0;
        acc[1] += gk;
    }

    /** q = 1/(e^{κz} + λ) = e^t/(1 + λe^t) for t = −κz, written for both signs of t without overflow. */
    private static double q(double lambda, double t) {
        return t > 0 ? 1 / (Math.exp(-t) + lambda) : Math.exp(t) / (1 + lambda * Math.exp(t));
    }

    /** ln(1 + λe^t), linear once t > 20. */
    private static double log1pLambdaExp(double lambda, double t) {
        return t > 20 ? Math.log(lambda) + t : Math.log1p(lambda * Math.exp(t));
    }

    @Override
    double value(double x, float[] t, int o) {
        return x * Math.exp(logGate(Math.max(t[o], MIN_LAMBDA), -t[o + 1] * x));
    }

    @Override
    double derivative(double x, float[] t, int o) {
        double lambda = Math.max(t[o], MIN_LAMBDA), kappa = t[o + 1], u = -kappa * x, p = Math.exp(logGate(lambda, u));
        return p + x * p * kappa * q(lambda, u);
    }
}
