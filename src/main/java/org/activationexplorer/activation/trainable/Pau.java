package org.activationexplorer.activation.trainable;

import java.util.List;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.special.VectorApi;

/**
 * Padé Activation Unit, "safe" version A (Molina, Schramowski, Kersting, ICLR 2020, arXiv 1907.06732;
 * spec §5): F(x) = P(x)/Q(x), P = Σ_{j=0..5} a_j x^j, Q = 1 + Σ_{k=1..4} |b_k|·|x|^k ≥ 1.
 * F′ = P′/Q − P·Q′/Q² with Q′ = sign(x)·Σ k|b_k||x|^{k−1}; ∂F/∂a_j = x^j/Q; ∂F/∂b_k = −(P/Q²)·sign(b_k)·|x|^k.
 * sign(b_k) is copysign(1, b_k) as in the official CUDA kernel, so a b_k at exactly 0 can still move.
 * Parameters per set: a_0..a_5, b_1..b_4; one set per layer (the official default) or per channel.
 * Initial coefficients: PauInitialCoefficients.
 */
public final class Pau extends TrainableActivation {
    static final int SET = 10; // a0..a5, b1..b4
    public static final Family FAMILY = new Family("pau", "Padé (PAU 5/4)",
            "f(x) = (a₀ + a₁x + … + a₅x⁵) / (1 + |b₁x| + |b₂x²| + |b₃x³| + |b₄x⁴|)",
            "Molina, Schramowski, Kersting: Padé Activation Units, ICLR 2020, arXiv 1907.06732", true, List.of(),
            PauInitialCoefficients.NAMES,
            (params, init, sharing, channels) -> new Pau(init == null ? "leaky_relu" : init, sharing, channels));

    private static final boolean VECTOR = VectorApi.PRESENT;
    private float[] gpBuffer = new float[0]; // scratch: ∂L/∂P per element
    private float[] gqBuffer = new float[0]; // scratch: ∂L/∂Q per element

    public Pau(String init, Sharing sharing, int channels) {
        super(SET, sharing, channels, PauInitialCoefficients.of(init));
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    void forwardRange(float[] x, float[] y, int from, int to, int o) {
        float a0 = theta[o], a1 = theta[o + 1], a2 = theta[o + 2], a3 = theta[o + 3], a4 = theta[o + 4],
                a5 = theta[o + 5], b1 = Math.abs(theta[o + 6]), b2 = Math.abs(theta[o + 7]),
                b3 = Math.abs(theta[o + 8]), b4 = Math.abs(theta[o + 9]);
        for (int e = from; e < to; e++) {
            float v = x[e], ax = Math.abs(v);
            float p = a0 + v * (a1 + v * (a2 + v * (a3 + v * (a4 + v * a5))));
            float q = 1 + ax * (b1 + ax * (b2 + ax * (b3 + ax * b4)));
            y[e] = p / q;
        }
    }

    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc) {
        float a0 = theta[o], a1 = theta[o + 1], a2 = theta[o + 2], a3 = theta[o + 3], a4 = theta[o + 4],
                a5 = theta[o + 5], b1 = Math.abs(theta[o + 6]), b2 = Math.abs(theta[o + 7]),
                b3 = Math.abs(theta[o + 8]), b4 = Math.abs(theta[o + 9]);
        if (VECTOR) {
            from = PauVectorKernel.backward(x, dy, dx, from, to, theta, o, acc); // leaves the tail below
        }
        if (gpBuffer.length < to) {
            gpBuffer = new float[to];
            gqBuffer = new float[to];
        }
        float[] gpAll = gpBuffer, gqAll = gqBuffer;
        // pass 1, elementwise (the JIT vectorises it): dx, and ∂L/∂P, ∂L/∂Q kept for the sums
        for (int e = from; e < to; e++) {
            float v = x[e], ax = Math.abs(v);
            float p = a0 + v * (a1 + v * (a2 + v * (a3 + v * (a4 + v * a5))));
            float q = 1 + ax * (b1 + ax * (b2 + ax * (b3 + ax * b4)));
            float gp = dy[e] / q;      // ∂L/∂P
            float gq = -gp * (p / q);  // ∂L/∂Q
            float dp = a1 + v * (2 * a2 + v * (3 * a3 + v * (4 * a4 + v * 5 * a5)));
            float sign = v / (ax + 1e-30f); // ±1, and 0 at 0, without a branch
            float dq = sign * (b1 + ax * (2 * b2 + ax * (3 * b3 + ax * 4 * b4)));
            dx[e] = gp * dp + gq * dq;
            gpAll[e] = gp;
            gqAll[e] = gq;
        }
        // pass 2: the ten parameter sums, in float blocks of 256 then double (the CUDA kernel sums in double)
        for (int block = from; block < to; block += 256) {
            float ga0 = 0, ga1 = 0, ga2 = 0, ga3 = 0, ga4 = 0, ga5 = 0, gb1 = 0, gb2 = 0, gb3 = 0, gb4 = 0;
            for (int e = block, end = Math.min(to, block + 256); e < end; e++) {
                float v = x[e], ax = Math.abs(v), gp = gpAll[e], gq = gqAll[e];
                float v2 = v * v, ax2 = ax * ax;
                ga0 += gp;
                ga1 += gp * v;
                ga2 += gp * v2;
                ga3 += gp * v2 * v;
                ga4 += gp * v2 * v2;
                ga5 += gp * v2 * v2 * v;
                gb1 += gq * ax;
                gb2 += gq * ax2;
                gb3 += gq * ax2 * ax;
                gb4 += gq * ax2 * ax2;
            }
            acc[0] += ga0;
            acc[1] += ga1;
            acc[2] += ga2;
            acc[3] += ga3;
            acc[4] += ga4;
            acc[5] += ga5;
            acc[6] += gb1;
            acc[7] += gb2;
            acc[8] += gb3;
            acc[9] += gb4;
        }
    }

    /** ∂F/∂b_k carries sign(b_k): applied once per set, not per element. */
    @Override
    void finishSet(int o, double[] acc) {
        for (int k = 6; k < SET; k++) {
            acc[k] *= Math.copySign(1f, theta[o + k]);
        }
    }

    @Override
    double value(double x, float[] theta, int o) {
        return numerator(x, theta, o) / denominator(x, theta, o);
    }

    @Override
    double derivative(double x, float[] theta, int o) {
        double ax = Math.abs(x), p = numerator(x, theta, o), q = denominator(x, theta, o);
        double dp = theta[o + 1] + x * (2.0 * theta[o + 2] + x * (3.0 * theta[o + 3] + x * (4.0 * theta[o + 4]
                + x * 5.0 * theta[o + 5])));
        double dq = Math.signum(x) * (Math.abs((double) theta[o + 6]) + ax * (2 * Math.abs((double) theta[o + 7])
                + ax * (3 * Math.abs((double) theta[o + 8]) + ax * 4 * Math.abs((double) theta[o + 9]))));
        return dp / q - p * dq / (q * q);
    }

    private static double numerator(double x, float[] theta, int o) {
        return theta[o] + x * (theta[o + 1] + x * (theta[o + 2] + x * ((double) theta[o + 3] + x * ((double) theta[o + 4]
                + x * theta[o + 5]))));
    }

    private static double denominator(double x, float[] theta, int o) {
        double ax = Math.abs(x);
        return 1 + ax * (Math.abs((double) theta[o + 6]) + ax * (Math.abs((double) theta[o + 7])
                + ax * (Math.abs((double) theta[o + 8]) + ax * Math.abs((double) theta[o + 9]))));
    }
}
