package org.activationexplorer.activation.trainable;

import java.util.List;
import org.activationexplorer.activation.Card;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.activation.special.BulkMath;
import org.activationexplorer.activation.special.Erf;
import org.activationexplorer.activation.special.VectorApi;

/**
 * DiTAC, the released gelu_cpab variant (Chelly, Finder, Ifergane, Freifeld, ECCV 2024, arXiv 2407.07564; spec §4):
 * y = x̃·Φ(x), with x̃ = a + (b − a)·T_θ((x − a)/(b − a)) inside [a, b] and x̃ = x outside (DitacWarp), T_θ a CPAB
 * diffeomorphism of [0, 1] with tess cells and θ ∈ ℝ^{tess−1}; Φ is taken at the original x. θ = 0 gives GELU.
 * dy/dx = x̃′·Φ(x) + x̃·φ(x); ∂y/∂x̃ = Φ(x), which DitacWarp turns into ∂y/∂θ = Φ(x)·(b − a)·∂T/∂θ.
 *
 * <p>As the official code, the float loops read T from a table rebuilt when θ changes (CpabTable: ~1024 points with
 * cubic pieces, where the code takes the nearest of 2048); value() and derivative() integrate exactly. Starts: θ = 0
 * (gelu, the default) or a prior draw (prior, DitacSetup).
 */
public final class Ditac extends DitacWarp {
    public static final Family FAMILY = new Family("ditac", "DiTAC (CPAB)",
            "f(x) = x̃·Φ(x), x̃ = a + (b − a)·T_θ((x − a)/(b − a)) on [a, b]",
            Card.of("Chelly, Finder, Ifergane, Freifeld: Trainable Highly-expressive Activation Functions, ECCV 2024, "
                    + "arXiv 2407.07564", Card.Form.PAPER),
            true, DitacSetup.hyperparameters(" (0: off; official: 0.1)"), List.of("gelu", "prior"),
            (p, init, sharing, channels) -> new Ditac(DitacSetup.of(p, init), sharing, channels));
    private static final boolean VECTOR = VectorApi.PRESENT;
    private static final float INV_SQRT_2PI = (float) (1 / Math.sqrt(2 * Math.PI));
    private float[] gauss = new float[0], cdf = new float[0]; // per element: e^{−x²/2}, Φ(x)

    /** θ = 0 (exactly GELU), no regulariser. */
    public Ditac(int tess, double a, double b, Sharing sharing, int channels) {
        this(DitacSetup.plain(tess, a, b), sharing, channels);
    }

    public Ditac(DitacSetup setup, Sharing sharing, int channels) {
        super(setup, sharing, channels);
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    void grow(int n) {
        gauss = new float[n];
        cdf = new float[n];
    }

    /** y = x̃·Φ(x). */
    @Override
    void forwardRange(float[] x, float[] y, int from, int to, int o) {
        float[] warped = warp(x, from, to, o);
        gaussAndCdf(x, from, to);
        for (int e = from; e < to; e++) {
            y[e] = warped[e] * cdf[e];
        }
    }

    /** dx = dy·(x̃′·Φ(x) + x̃·φ(x)); ∂L/∂x̃ = dy·Φ(x). */
    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc,
                       float[] gridWeights) {
        if (!warpKept(x, from, to, o)) {
            gaussAndCdf(x, from, to);
        }
        float[] warped = warped(), slope = warpSlope(x, from, to, o), dWarped = warpGradient();
        for (int e = from; e < to; e++) {
            dx[e] = dy[e] * (slope[e] * cdf[e] + warped[e] * INV_SQRT_2PI * gauss[e]);
            dWarped[e] = dy[e] * cdf[e];
        }
        addWarpGradient(x, from, to, gridWeights);
    }

    /** e^{−x²/2} (flushed to 0 past |x| = 10: no denormal floats, BulkMath.gaussian) and Φ(x) for [from, to). */
    private void gaussAndCdf(float[] x, int from, int to) {
        BulkMath.gaussian(x, 0.5f, gauss, from, to);
        int e = VECTOR ? DitacVectorKernel.normalCdf(x, gauss, cdf, from, to) : from;
        for (; e < to; e++) {
            cdf[e] = Erf.normalCdf(x[e], gauss[e]);
        }
    }

    @Override
    double value(double x, float[] t, int o) {
        return warped(x, t, o, new double[1]) * Erf.normalCdf(x);
    }

    @Override
    double derivative(double x, float[] t, int o) {
        double[] slope = new double[1];
        double warped = warped(x, t, o, slope);
        return slope[0] * Erf.normalCdf(x) + warped * Erf.normalPdf(x);
    }
}
