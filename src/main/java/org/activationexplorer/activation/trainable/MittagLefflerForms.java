package org.activationexplorer.activation.trainable;

import static org.activationexplorer.activation.trainable.MittagLefflerArgument.LINEAR;
import static org.activationexplorer.activation.trainable.MittagLefflerArgument.SIGNED_LOG;
import static org.activationexplorer.activation.trainable.MittagLefflerArgument.SOFTPLUS;

import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.Card;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;

/**
 * MittagLefflerGated's starting shapes and its family description. Each shape is A(x) = xᵖ·(c₀ + c₁·G(s·m(x))) with
 * the gate at θ = (α₁, β₁, α₂, β₂); all but GELU and identity start from the tanh gate G = tanh (spec §3.3, f = g = u²):
 * sigmoid σ(x) = ½ + ½·tanh(x/2); SiLU x·σ(x); Mish x·tanh(softplus x); softsign tanh(½·sign(x)·ln(1 + 2|x|));
 * GELU x·(½ + ½·erf(x/√2)) with erf(u) = u·E_{1,3/2}(u²)/E_{1,1}(u²); identity: β₂ = 2. The spec writes sigmoid,
 * SiLU, softsign and GELU with E_{0,1}(−e^{−x}), E_{0,1}(−|x|) and E_{1/2,1}(x/√2) instead: the same functions at
 * initialisation, but negative arguments, where a trained α would need Garrappa's algorithm. Two are approximations:
 * ReLU is the spec's limit x·σ(cx), c → ∞, at a finite steepness c. ELU (the spec gives only its x < 0 branch, and a
 * branch switch) needs a gate of exactly 1 for x ≥ 0, which a finite argument reaches only in a limit, so it is a fit;
 * with the Mish argument s·softplus(x) it is within 0.018 on [−3, 3], where a linear argument with every θ free did no
 * better than 0.14 (scipy least squares): with G odd, c₀ + c₁·G(sx) mirrors its right half, so it cannot be 1 for
 * x > 0 and fall like ELU(x)/x for x < 0.
 */
final class MittagLefflerForms {
    /** One starting shape: A(x) = x^power·(c0 + c1·G(scale·argument(x))), the gate's θ at theta. */
    record Form(int power, double c0, double c1, double scale, MittagLefflerArgument argument, double... theta) {
        /** xᵖ. */
        double xp(double x) {
            return power == 0 ? 1 : x;
        }

        /** The gate's argument u = s·m(x). */
        double u(double x) {
            return scale * argument.map(x);
        }

        double dudx(double x) {
            return scale * argument.slope(x);
        }
    }

    private static final double[] TANH = {2, 2, 2, 1};
    /** ELU's fit on [−3, 3]: c₀ and s with the smallest largest error (numpy, 4001 points), c₁ = 1 − c₀ so A ~ x for x ≫ 0. */
    private static final double ELU_C0 = 0.2481;
    private static final double ELU_SCALE = 1.9043;
    private static final Map<String, Form> FORMS = Map.of(
            "tanh", new Form(0, 0, 1, 1, LINEAR, TANH),
            "identity", new Form(0, 0, 1, 1, LINEAR, 2, 2, 2, 2),
            "sigmoid", new Form(0, 0.5, 0.5, 0.5, LINEAR, TANH),
            "silu", new Form(1, 0.5, 0.5, 0.5, LINEAR, TANH),
            "gelu", new Form(1, 0.5, 0.5, Math.sqrt(0.5), LINEAR, 1, 1.5, 1, 1),
            "mish", new Form(1, 0, 1, 1, SOFTPLUS, TANH),
            "softsign", new Form(0, 0, 1, 0.5, SIGNED_LOG, TANH),
            "elu", new Form(1, ELU_C0, 1 - ELU_C0, ELU_SCALE, SOFTPLUS, TANH));
    static final List<String> BASES = List.of("silu", "tanh", "sigmoid", "gelu", "identity", "mish", "softsign", "elu",
            "relu");

    private MittagLefflerForms() {}

    /**
     * The shape of an initialisation base (null: SiLU); ReLU's gate is as steep as asked. A steep gate costs time: its
     * tables reach u = 16·s (x up to 16), 2561 nodes at c = 10, and one step's forward and backward on 128×256 inputs
     * took 0.44 ms against 0.19 for SiLU's 513 nodes, the difference the table build (measured 2026-12-02).
     */
    static Form form(String init, double steepness) {
        String base = init == null ? "silu" : init;
        if (base.equals("relu")) {
            return new Form(1, 0.5, 0.5, steepness / 2, LINEAR, TANH); // x·σ(cx) = x·(½ + ½·tanh(cx/2))
        }
        Form form = FORMS.get(base);
        if (form == null) {
            throw new IllegalArgumentException("mittag_leffler has no initialisation '" + init + "'; valid: " + BASES);
        }
        return form;
    }

    static Family family(Family.Factory factory) {
        return new Family("mittag_leffler", "Mittag-Leffler gated",
                "f(x) = xᵖ·(c₀ + c₁·G(s·m(x))), G(u) = u·E_{α₁,β₁}(u²)/E_{α₂,β₂}(u²)",
                // reformulated: every shape goes through the tanh gate at z = u² ≥ 0, not the paper's mappings
                new Card("Mostafanejad: Unification of popular artificial neural network activation functions, 2023, "
                        + "arXiv 2302.11007", Card.Form.REFORMULATED, Map.of(
                                "relu", new Card.Note(Card.Form.RECONSTRUCTED, "x·σ(cx) with c the steepness, ReLU only "
                                        + "in the limit c → ∞: within 0.2785/c of it (0.028 at the default c = 10)"),
                                "elu", new Card.Note(Card.Form.FIT, "x·(c₀ + (1 − c₀)·tanh(s·softplus(x))), c₀ = 0.2481, "
                                        + "s = 1.9043, fitted on [−3, 3]: within 0.0182 of ELU there; further left it "
                                        + "falls as 0.25·x instead of levelling at −1"))),
                true, List.of(Hyperparameter.integer("frozen", 0, 0, 1,
                                "1: the gate's α₁, β₁, α₂, β₂ stay at their initial values (zero gradient)"),
                        Hyperparameter.real("steepness", 10, 1, 16, "c of the ReLU start x·σ(cx) (--init relu)")),
                BASES, factory);
    }
}
