package org.activationexplorer.activation.trainable;

import java.util.List;
import java.util.Map;
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
 * (gelu, the default), a prior draw (prior), or the released code's whole setup (official, DitacSetup).
 */
public final class Ditac extends DitacWarp {
    private static final String OFFICIAL_NOTE = "the released code's DiTAC class defaults in one switch: θ drawn from "
            + "difw's CPA velocity prior (length scale 5, variance 2; --param seed), the regulariser at λ_reg = 0.1 "
            + "(when lambda_reg is left at 0) with P from λ_smooth = 5, λ_var = 2, tess = 10 and [a, b] = [−0.5, 2] "
            + "(the defaults). Not known: the settings of the paper's own runs (interval, tess and learning rates per "
            + "task were not released; the code's regression example uses [−3, 3]). Not copied: the code's "
            + "regulariser gradient quirk (2λ·P·θ here), scipy's pivoted-QR basis (another orthonormal basis: the "
            + "same prior over warps, another θ for a given seed), its 2048-point nearest-value table (~1024 points, "
            + "cubic, here) and its fresh draw per layer (one seed serves every layer here)";
    public static final Family FAMILY = new Family("ditac", "DiTAC (CPAB)",
            "f(x) = x̃·Φ(x), x̃ = a + (b − a)·T_θ((x − a)/(b − a)) on [a, b]",
            new Card("Chelly, Finder, Ifergane, Freifeld: Trainable Highly-expressive Activation Functions, ECCV 2024, "
                    + "arXiv 2407.07564", Card.Form.PAPER,
                    Map.of("official", new Card.Note(Card.Form.PAPER, OFFICIAL_NOTE))),
            true, DitacSetup.hyperparameters(" (0: off; --init official: 0.1)"), List.of("gelu", "prior", "official"),
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
        float[] warped = warped(), slope = warpSlope(), dWarped = warpGradient();
        for (int e = from; e < to; e++) {
            dx[e] = dy[e] * (slope[e] * cdf[e] + warped[e] * INV_SQRT_2PI * gauss[e]);
            dWarped[e] = dy[e] * cdf[e];
        }
        addWarpGradient(from, to, gridWeights);
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
