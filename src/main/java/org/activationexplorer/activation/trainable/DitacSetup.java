package org.activationexplorer.activation.trainable;

import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.Hyperparameter;

/**
 * How a DiTAC-style layer is built (spec §4.2, §4.6): tess cells on [0, 1], the interval [a, b] that is warped, θ = 0
 * or a draw from the CPA velocity prior (and that draw's seed), and the regulariser weight λ_reg (0: off).
 *
 * @param prior     start each parameter set at a draw of difw's prior (length scale 5, variance 2) instead of θ = 0
 * @param lambdaReg adds λ_reg·θᵀPθ per layer, P from λ_smooth = 5 and λ_var = 2: every backward adds 2λ_reg·P·θ (the
 *                  intended gradient; the official code's broadcasting quirk, spec §4.6, is not copied)
 */
public record DitacSetup(int tess, double a, double b, boolean prior, long seed, double lambdaReg) {
    /** The released code's DiTAC class defaults (spec §4.6): tessellation, interval, regulariser weight. */
    static final int OFFICIAL_TESS = 10;
    static final double OFFICIAL_A = -0.5, OFFICIAL_B = 2, OFFICIAL_LAMBDA_REG = 0.1;
    /** The same class's prior of the initial θ (λ_s_init, λ_v_init) and of the regulariser (λ_smooth, λ_var). */
    static final double INIT_LENGTH_SCALE = 5, INIT_VARIANCE = 2, REG_SMOOTHNESS = 5, REG_VARIANCE = 2;

    public DitacSetup {
        if (!(b > a)) {
            throw new IllegalArgumentException("ditac needs a < b, got [" + a + ", " + b + "]");
        }
    }

    /** θ = 0 (the warp is the identity), no regulariser. */
    public static DitacSetup plain(int tess, double a, double b) {
        return new DitacSetup(tess, a, b, false, 0, 0);
    }

    /** tess, a, b, lambda_reg and seed, defaults the official ones (λ_reg: 0 here; the official switch sets 0.1). */
    static List<Hyperparameter> hyperparameters(String lambdaNote) {
        return List.of(Hyperparameter.integer("tess", OFFICIAL_TESS, 2, 50, "cells of the CPA velocity field"),
                Hyperparameter.real("a", OFFICIAL_A, -100, 100, "left end of the transformed interval"),
                Hyperparameter.real("b", OFFICIAL_B, -100, 100, "right end of the transformed interval"),
                Hyperparameter.real("lambda_reg", 0, 0, 10, "weight of the smoothness regulariser θᵀPθ" + lambdaNote),
                Hyperparameter.integer("seed", 1, 0, Integer.MAX_VALUE, "seed of θ's prior draw, where the init draws one"));
    }

    /**
     * From a family's resolved hyperparameters and its initialisation base: "prior" draws θ from the prior;
     * "official" is the released code's setup in one switch: the prior draw, and λ_reg = 0.1 where lambda_reg is
     * left at 0 (tess, a and b default to the official values already).
     */
    static DitacSetup of(Map<String, Double> p, String init) {
        boolean official = "official".equals(init);
        double lambda = p.get("lambda_reg");
        return new DitacSetup(p.get("tess").intValue(), p.get("a"), p.get("b"), official || "prior".equals(init),
                p.get("seed").longValue(), official && lambda == 0 ? OFFICIAL_LAMBDA_REG : lambda);
    }
}
