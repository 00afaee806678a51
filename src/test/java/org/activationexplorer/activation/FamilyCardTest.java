package org.activationexplorer.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FamilyCardTest {

    private static Properties of(String family) {
        return Properties.of(Activations.create(ActivationConfig.of(family), 1));
    }

    private static Properties of(String family, String init) {
        return Properties.of(Activations.create(new ActivationConfig(family, Map.of(), init, Sharing.LAYER), 1));
    }

    @Test
    void everyFamilyHasACitationAndAForm() {
        for (Family f : Activations.all()) {
            assertFalse(f.citation().isBlank(), f.name());
            assertNotNull(f.card().form(), f.name());
            for (String init : f.initBases()) {
                assertNotNull(f.card().form(init), f.name() + " --init " + init);
            }
        }
    }

    @Test
    void citationsNameThePapersCorrectly() {
        assertTrue(Activations.family("ditac").citation().contains("Trainable Highly-expressive Activation Functions"));
        assertFalse(Activations.family("ditac").citation().contains("Diffeomorphism-based"));
        assertTrue(Activations.family("erf_exp").citation().contains("Rahman"));
        assertTrue(Activations.family("erf_exp").citation().contains("EELU"));
        assertTrue(Activations.family("gelu").citation().contains("1606.08415"));
        assertTrue(Activations.family("tanh").citation().startsWith("Classical"));
    }

    @Test
    void theClassicsCiteTheirSources() {
        assertTrue(Activations.family("step").citation().contains("McCulloch"));
        assertTrue(Activations.family("step").citation().contains("1308.3432"), "the straight-through estimator");
        assertTrue(Activations.family("relu6").citation().contains("Krizhevsky"));
        assertTrue(Activations.family("hard_sigmoid").citation().contains("1905.02244"), "this form: MobileNetV3");
        assertTrue(Activations.family("hard_sigmoid").citation().contains("1511.00363"), "BinaryConnect's slope 1/2");
        assertTrue(Activations.family("hard_tanh").citation().contains("Collobert"));
        assertTrue(Activations.family("softsign").citation().contains("Glorot"));
        assertTrue(Activations.family("celu").citation().contains("1704.07483"));
        assertTrue(Activations.family("hard_swish").citation().contains("1905.02244"));
        assertTrue(Activations.family("log_sigmoid").citation().startsWith("Classical"), "no originating paper");
    }

    @Test
    void formsSayWhatIsReconstructedReformulatedOrFitted() {
        assertEquals(Card.Form.RECONSTRUCTED, Activations.family("taylor").card().form());
        assertEquals(Card.Form.RECONSTRUCTED, Activations.family("yevick").card().form());
        assertEquals(Card.Form.REFORMULATED, Activations.family("mittag_leffler").card().form());
        assertEquals(Card.Form.PAPER, Activations.family("relu").card().form());
        Card taylor = Activations.family("taylor").card();
        assertEquals(Card.Form.FIT, taylor.form("relu"));
        assertEquals(Card.Form.FIT, taylor.form("leaky_relu"));
        assertEquals(Card.Form.RECONSTRUCTED, taylor.form("tanh"), "a Maclaurin start keeps the family's form");
        assertEquals(Card.Form.RECONSTRUCTED, taylor.form(null));
        assertEquals("fit", Card.Form.FIT.label());
    }

    @Test
    void aCardNeedsACitationAndItsNotesNeedTheFamilysInits() {
        assertThrows(IllegalArgumentException.class, () -> Card.of(" ", Card.Form.PAPER));
        Card card = new Card("x", Card.Form.PAPER, Map.of("nope", new Card.Note(Card.Form.FIT, "why")));
        assertThrows(IllegalArgumentException.class, () -> new Family("t", "t", "f", card, false, List.of(),
                List.of(), (p, i, s, c) -> null));
    }

    @Test
    void relu() {
        Properties p = of("relu");
        assertEquals(0, p.lower());
        assertEquals(Double.POSITIVE_INFINITY, p.upper());
        assertTrue(p.monotonic());
        assertFalse(p.zeroCentred(), "no negative outputs");
        assertFalse(p.smooth());
        assertEquals(List.of(0.0), p.kinks());
        assertTrue(p.saturatesLeft());
        assertFalse(p.saturatesRight());
        assertTrue(p.kinkAtZero());
        assertEquals(0.5, p.slopeAtZero(), 1e-12, "mean of the one-sided slopes 0 and 1");
    }

    @Test
    void tanh() {
        Properties p = of("tanh");
        assertEquals(-1, p.lower(), 1e-12);
        assertEquals(1, p.upper(), 1e-12);
        assertTrue(p.monotonic());
        assertTrue(p.zeroCentred());
        assertTrue(p.smooth());
        assertTrue(p.saturatesLeft() && p.saturatesRight());
        assertFalse(p.kinkAtZero());
        assertEquals(1, p.slopeAtZero(), 1e-12);
    }

    @Test
    void sigmoid() {
        Properties p = of("sigmoid");
        assertEquals(0, p.lower(), 1e-12);
        assertEquals(1, p.upper(), 1e-12);
        assertTrue(p.monotonic());
        assertFalse(p.zeroCentred(), "σ(0) = 1/2");
        assertTrue(p.smooth());
        assertTrue(p.saturatesLeft() && p.saturatesRight());
        assertEquals(0.25, p.slopeAtZero(), 1e-12);
    }

    @Test
    void identity() {
        Properties p = of("identity");
        assertEquals(Double.NEGATIVE_INFINITY, p.lower());
        assertEquals(Double.POSITIVE_INFINITY, p.upper());
        assertTrue(p.monotonic() && p.zeroCentred() && p.smooth());
        assertFalse(p.saturatesLeft() || p.saturatesRight());
        assertEquals(1, p.slopeAtZero(), 1e-12);
    }

    @Test
    void geluDipsAndIsSmooth() {
        Properties p = of("gelu");
        assertFalse(p.monotonic());
        assertTrue(p.smooth());
        assertTrue(p.zeroCentred());
        assertEquals(-0.169971, p.lower(), 1e-6, "the minimum of x·Φ(x), near x = −0.7518");
        assertTrue(p.saturatesLeft() && !p.saturatesRight());
        assertEquals(0.5, p.slopeAtZero(), 1e-12);
    }

    @Test
    void softplus() {
        Properties p = of("softplus");
        assertEquals(0, p.lower(), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, p.upper());
        assertTrue(p.monotonic() && p.smooth());
        assertFalse(p.zeroCentred());
        assertTrue(p.saturatesLeft() && !p.saturatesRight());
        assertEquals(0.5, p.slopeAtZero(), 1e-12);
    }

    @Test
    void kinksAwayFromZeroAndAKinkAgainstASmoothRiseAreFound() {
        // DiTAC's transformed interval [−0.5, 2] under a prior sample: f′ jumps at both ends
        assertEquals(List.of(-0.5, 2.0), of("ditac", "prior").kinks());
        // PAU's |b₁x| in the denominator: a kink at 0 while f′ rises steeply on its left
        Properties pau = of("pau");
        assertEquals(List.of(0.0), pau.kinks());
        assertTrue(pau.kinkAtZero());
        // ELU with α = 1 is C¹; SELU's one-sided slopes at 0 are λα and λ
        assertTrue(of("elu").smooth());
        Properties selu = of("selu");
        assertEquals(List.of(0.0), selu.kinks());
        assertEquals((1.0507009873554805 * 1.6732632423543772 + 1.0507009873554805) / 2, selu.slopeAtZero(), 1e-6);
    }

    @Test
    void eeluSaturatesOnTheRightAndGrowsOnTheLeft() {
        Properties p = of("erf_exp");
        assertTrue(p.saturatesRight() && !p.saturatesLeft());
        assertEquals(Double.POSITIVE_INFINITY, p.upper());
        assertEquals(-0.842701, p.slopeAtZero(), 1e-6, "f′(0) = −erf(1)");
    }

    private static Properties of(String family, Map<String, Double> params) {
        return Properties.of(Activations.create(new ActivationConfig(family, params, null, Sharing.LAYER), 1));
    }

    /** f jumps at 0; the straight-through slope's own jumps at ±1 are not kinks of f, which is flat there. */
    @Test
    void stepJumpsAtZeroAndHasNoSlopeThere() {
        Properties p = of("step");
        assertEquals(0, p.lower());
        assertEquals(1, p.upper());
        assertTrue(p.monotonic());
        assertFalse(p.zeroCentred(), "f(0) = 1");
        assertFalse(p.smooth());
        assertEquals(List.of(0.0), p.jumps());
        assertEquals(List.of(), p.kinks());
        assertTrue(p.saturatesLeft() && p.saturatesRight(), "constant on both sides");
        assertTrue(Double.isNaN(p.slopeAtZero()));
        assertFalse(p.kinkAtZero());
    }

    /** Constant on both sides: f′ = 0 there, which is what "saturates" measures. */
    @Test
    void relu6AndHardSigmoidAreCappedPiecewiseLinearCurves() {
        Properties relu6 = of("relu6");
        assertEquals(0, relu6.lower());
        assertEquals(6, relu6.upper());
        assertTrue(relu6.monotonic() && !relu6.zeroCentred());
        assertEquals(List.of(0.0, 6.0), relu6.kinks());
        assertTrue(relu6.saturatesLeft() && relu6.saturatesRight());
        assertEquals(0.5, relu6.slopeAtZero(), 1e-12, "mean of 0 and 1 at the kink");
        Properties hard = of("hard_sigmoid");
        assertEquals(0, hard.lower());
        assertEquals(1, hard.upper());
        assertTrue(hard.monotonic() && !hard.zeroCentred());
        assertEquals(List.of(-3.0, 3.0), hard.kinks());
        assertTrue(hard.saturatesLeft() && hard.saturatesRight());
        assertEquals(1.0 / 6, hard.slopeAtZero(), 1e-12);
    }

    @Test
    void hardTanhIsZeroCentredAndSaturatesBothSides() {
        Properties p = of("hard_tanh");
        assertEquals(-1, p.lower());
        assertEquals(1, p.upper());
        assertTrue(p.monotonic() && p.zeroCentred());
        assertEquals(List.of(-1.0, 1.0), p.kinks());
        assertTrue(p.saturatesLeft() && p.saturatesRight());
        assertEquals(1, p.slopeAtZero(), 1e-12);
    }

    /**
     * Bounded by ±1, reached only as 1 − 1/(1 + |x|): the range's ends are the bounds (estimated from the creeping
     * tail), and f′ = 1/(1 + |x|)² is still 4e-6 at 500, above the saturation test's 1e-6.
     */
    @Test
    void softsignIsBoundedButApproachesItsBoundsTooSlowlyToCountAsSaturating() {
        Properties p = of("softsign");
        assertEquals(-1, p.lower(), 1e-5);
        assertEquals(1, p.upper(), 1e-5);
        assertTrue(p.monotonic() && p.zeroCentred() && p.smooth());
        assertFalse(p.saturatesLeft() || p.saturatesRight());
        assertEquals(1, p.slopeAtZero(), 1e-12);
    }

    @Test
    void celuIsContinuouslyDifferentiableForEveryAlpha() {
        for (double alpha : new double[] {1, 0.5, 3}) {
            Properties p = of("celu", Map.of("alpha", alpha));
            assertTrue(p.smooth(), "α = " + alpha);
            assertEquals(-alpha, p.lower(), 1e-12);
            assertEquals(Double.POSITIVE_INFINITY, p.upper());
            assertTrue(p.monotonic() && p.zeroCentred());
            assertTrue(p.saturatesLeft() && !p.saturatesRight());
            assertEquals(1, p.slopeAtZero(), 1e-12);
        }
    }

    @Test
    void hardSwishDipsAndHasKinksAtPlusMinusThree() {
        Properties p = of("hard_swish");
        assertEquals(-0.375, p.lower(), 1e-12, "at x = −3/2, a sample");
        assertEquals(Double.POSITIVE_INFINITY, p.upper());
        assertFalse(p.monotonic());
        assertTrue(p.zeroCentred());
        assertEquals(List.of(-3.0, 3.0), p.kinks());
        assertTrue(p.saturatesLeft() && !p.saturatesRight());
        assertEquals(0.5, p.slopeAtZero(), 1e-12);
    }

    @Test
    void logSigmoidIsNegativeAndSaturatesOnTheRight() {
        Properties p = of("log_sigmoid");
        assertEquals(Double.NEGATIVE_INFINITY, p.lower());
        assertEquals(0, p.upper(), 1e-12);
        assertTrue(p.monotonic() && p.smooth());
        assertFalse(p.zeroCentred(), "f(0) = −ln 2");
        assertTrue(!p.saturatesLeft() && p.saturatesRight());
        assertEquals(0.5, p.slopeAtZero(), 1e-12);
    }

    @Test
    void onlyAStandInCarriesAFitToItsBase() {
        assertEquals("SiLU (Swish)", of("taylor").baseFit().base());
        assertEquals("ReLU", of("taylor", "relu").baseFit().base());
        assertEquals(null, of("relu").baseFit());
        assertEquals(null, of("pau").baseFit());
    }
}
