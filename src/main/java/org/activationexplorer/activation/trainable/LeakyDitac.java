package org.activationexplorer.activation.trainable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.Card;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Sharing;

/**
 * Leaky-DiTAC, reconstructed (named in Chelly et al., ECCV 2024, arXiv 2407.07564): y = max(x̃, 0) + s·min(x̃, 0),
 * leaky ReLU of DiTAC's warped input x̃ (DitacWarp). θ = 0 gives leaky ReLU exactly.
 * dy/dx = g·x̃′ and ∂y/∂x̃ = g, with g = 1 where x̃ > 0 and s elsewhere.
 *
 * <p>Why this form: the paper names Leaky-DiTAC beside DiTAC = x̃·Φ(x), GELU's x·Φ(x) with x warped, but its formula
 * is in neither the seed's summary nor the spec, and the released code's leaky_cpab raises NotImplementedError. By
 * the same analogy this is leaky ReLU with x warped. Its gate is taken at x̃, not at x as DiTAC's Φ is: x̃ need not
 * be 0 at x = 0 (where [a, b] holds 0), and a gate at x would then make a jump there. Since x̃ increases, y does too,
 * with one kink, where x̃ = 0: at x = 0 for θ = 0, wherever the warp moves it otherwise.
 */
public final class LeakyDitac extends DitacWarp {
    private static final String WHY = "the paper names Leaky-DiTAC but its formula is in neither the seed's summary "
            + "nor the spec, and the released code's leaky_cpab raises NotImplementedError; reconstructed here as leaky "
            + "ReLU of DiTAC's warped input (DiTAC is GELU's x·Φ(x) with x warped, so this is leaky ReLU with x "
            + "warped), gated at x̃ so that it stays continuous. Interval, tessellation, prior and regulariser are "
            + "DiTAC's released defaults; the slope s and every setting of the paper's Leaky-DiTAC runs are not known";
    private static final String PRIOR = "θ drawn from DiTAC's CPA velocity prior (length scale 5, variance 2), as the "
            + "released code starts DiTAC; how the paper started Leaky-DiTAC is not known. The form is reconstructed "
            + "(see --init leaky_relu)";
    public static final Family FAMILY = new Family("leaky_ditac", "Leaky-DiTAC (CPAB, reconstructed)",
            "f(x) = max(x̃, 0) + s·min(x̃, 0), x̃ = a + (b − a)·T_θ((x − a)/(b − a)) on [a, b]  [reconstructed form]",
            new Card("After Chelly, Finder, Ifergane, Freifeld: Trainable Highly-expressive Activation Functions, "
                    + "ECCV 2024, arXiv 2407.07564 (Leaky-DiTAC is named there; formula reconstructed)",
                    Card.Form.RECONSTRUCTED, Map.of("leaky_relu", new Card.Note(Card.Form.RECONSTRUCTED, WHY),
                            "prior", new Card.Note(Card.Form.RECONSTRUCTED, PRIOR))),
            true, hyperparameters(), List.of("leaky_relu", "prior"),
            (p, init, sharing, channels) -> new LeakyDitac(DitacSetup.of(p, init), p.get("slope"), sharing, channels));
    private final float slopeBelow; // s

    /** θ = 0 (exactly leaky ReLU with slope s), no regulariser. */
    public LeakyDitac(int tess, double a, double b, double slope, Sharing sharing, int channels) {
        this(DitacSetup.plain(tess, a, b), slope, sharing, channels);
    }

    public LeakyDitac(DitacSetup setup, double slope, Sharing sharing, int channels) {
        super(setup, sharing, channels);
        this.slopeBelow = (float) slope;
    }

    private static List<Hyperparameter> hyperparameters() {
        List<Hyperparameter> list = new ArrayList<>(DitacSetup.hyperparameters(" (0: off)"));
        list.add(Hyperparameter.real("slope", 0.01, 0, 1, "slope s where x̃ ≤ 0"));
        return list;
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    /** y = max(x̃, 0) + s·min(x̃, 0). */
    @Override
    void forwardRange(float[] x, float[] y, int from, int to, int o) {
        float[] warped = warp(x, from, to, o);
        for (int e = from; e < to; e++) {
            y[e] = Math.max(warped[e], 0f) + slopeBelow * Math.min(warped[e], 0f);
        }
    }

    /**
     * dx = dy·g·x̃′; ∂L/∂x̃ = dy·g, g = 1 where x̃ > 0, s elsewhere. No branch (x̃'s sign is random) and no int: the
     * step is min(max(x̃·2¹²⁶, 0), 1), exact but for 0 < x̃ < 2⁻¹²⁶ (denormal), so the loop stays in float and C2
     * vectorises it (with Step.positive's int→float conversion it did not: this backward cost 12 µs more than
     * DiTAC's on 128×256 inputs, whose own does more).
     */
    @Override
    void backwardRange(float[] x, float[] y, float[] dy, float[] dx, int from, int to, int o, double[] acc,
                       float[] gridWeights) {
        warpKept(x, from, to, o); // x̃ (forward's, or again): this family keeps no per-element values of its own
        float[] warped = warped(), slope = warpSlope(), dWarped = warpGradient();
        for (int e = from; e < to; e++) {
            float above = Math.min(Math.max(warped[e] * 0x1p126f, 0f), 1f);
            dWarped[e] = dy[e] * (slopeBelow + (1 - slopeBelow) * above);
            dx[e] = dWarped[e] * slope[e];
        }
        addWarpGradient(from, to, gridWeights);
    }

    @Override
    double value(double x, float[] t, int o) {
        double warped = warped(x, t, o, new double[1]);
        return warped > 0 ? warped : slopeBelow * warped;
    }

    @Override
    double derivative(double x, float[] t, int o) {
        double[] slope = new double[1];
        return (warped(x, t, o, slope) > 0 ? 1 : slopeBelow) * slope[0];
    }
}
