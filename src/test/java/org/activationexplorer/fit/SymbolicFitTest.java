package org.activationexplorer.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class SymbolicFitTest {
    private static final int N = 201;

    private static double[] grid() {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = -4 + 8.0 * i / (N - 1);
        }
        return x;
    }

    /** f on the grid plus Gaussian noise of the given size, seeded. */
    private static double[] sample(double[] x, DoubleUnaryOperator f, double noise, long seed) {
        Random random = new Random(seed);
        return Arrays.stream(x).map(v -> f.applyAsDouble(v) + noise * random.nextGaussian()).toArray();
    }

    private static double[] ones() {
        double[] w = new double[N];
        Arrays.fill(w, 1);
        return w;
    }

    private static Candidate named(List<Candidate> ranked, String name) {
        return ranked.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + ranked));
    }

    /** tanh is odd, so (a, b, c, d) and (−a, −b, −c, d) are the same curve: compare with a > 0. */
    private static double[] withPositiveA(double[] p) {
        return p[0] >= 0 ? p : new double[] {-p[0], -p[1], -p[2], p[3]};
    }

    /**
     * tanh(u) = 2·σ(2u) − 1, so wrapped sigmoid is the same curve as wrapped tanh and ties it (catalog order puts
     * sigmoid first): tanh must be at the top score, whichever of the two is listed first.
     */
    private static void assertTiesTheTop(List<Candidate> ranked, Candidate tanh) {
        assertEquals(ranked.get(0).score(), tanh.score(), 1e-9, ranked.toString());
        assertTrue(ranked.indexOf(tanh) <= 1, ranked.toString());
    }

    @Test
    void silu_ranks_itself_first_with_identity_parameters() {
        double[] x = grid();
        List<Candidate> ranked = SymbolicFit.rank(x, sample(x, v -> v / (1 + Math.exp(-v)), 0, 0), ones(), 5);
        assertEquals(5, ranked.size());
        assertEquals("silu", ranked.get(0).name());
        assertTrue(ranked.get(0).r2() > 0.999999, ranked.get(0).toString());
        assertArrayEquals(new double[] {1, 0, 1, 0}, ranked.get(0).parameters(), 1e-4);
        assertEquals(0, ranked.get(0).maxResidual(), 1e-5);
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i - 1).score() >= ranked.get(i).score(), "sorted by score");
        }
    }

    @Test
    void a_noisy_wrapped_tanh_gives_back_its_four_parameters() {
        double[] x = grid();
        double[] y = sample(x, v -> 1.5 * Math.tanh(2 * v + 0.5) - 0.2, 0.01, 11);
        List<Candidate> ranked = SymbolicFit.rank(x, y, ones(), 5);
        Candidate best = named(ranked, "tanh");
        assertTiesTheTop(ranked, best);
        assertEquals(Candidate.Kind.WRAPPED, best.kind());
        assertArrayEquals(new double[] {2, 0.5, 1.5, -0.2}, withPositiveA(best.parameters()), 0.03);
        assertTrue(best.r2() > 0.9999, best.toString());
        assertTrue(best.maxResidual() < 0.05, "noise of 0.01 leaves residuals under 5σ: " + best.maxResidual());
        assertEquals(1.5 * Math.tanh(2 * 0.3 + 0.5) - 0.2, best.value(0.3), 0.01);
    }

    @Test
    void a_noisy_cubic_gives_back_its_coefficients_and_beats_higher_degrees() {
        double[] x = grid();
        double[] y = sample(x, v -> 0.3 - 0.5 * v + 0.2 * v * v + 0.1 * v * v * v, 0.01, 12);
        List<Candidate> ranked = SymbolicFit.rank(x, y, ones(), 30);
        Candidate cubic = named(ranked, "poly3");
        assertEquals(Candidate.Kind.POLYNOMIAL, cubic.kind());
        assertArrayEquals(new double[] {0.3, -0.5, 0.2, 0.1}, cubic.parameters(), 0.005);
        assertTrue(cubic.score() > named(ranked, "poly4").score(), "the penalty prefers the cubic");
        assertTrue(cubic.score() > named(ranked, "poly5").score());
        assertTrue(cubic.score() > named(ranked, "poly2").score());
    }

    @Test
    void a_noisy_safe_rational_gives_back_its_coefficients() {
        double[] x = grid();
        double[] y = sample(x, v -> (0.1 + v + 0.5 * v * v) / (1 + 0.3 * Math.abs(v) + 0.2 * v * v), 0.002, 13);
        Candidate rational = named(SymbolicFit.rank(x, y, ones(), 30), "rational2/2");
        assertEquals(Candidate.Kind.RATIONAL, rational.kind());
        assertArrayEquals(new double[] {0.1, 1, 0.5, 0.3, 0.2}, rational.parameters(), 0.03);
        assertTrue(rational.r2() > 0.9999, rational.toString());
    }

    @Test
    void samples_with_zero_weight_do_not_pull_the_fit() {
        double[] x = grid();
        double[] y = new double[N];
        double[] w = new double[N];
        for (int i = 0; i < N; i++) {
            boolean data = Math.abs(x[i]) < 2;
            y[i] = data ? Math.tanh(x[i]) : 5 * Math.sin(7 * x[i]) + x[i] * x[i] * x[i]; // garbage outside
            w[i] = data ? 1 : 0;
        }
        List<Candidate> ranked = SymbolicFit.rank(x, y, w, 5);
        Candidate best = named(ranked, "tanh");
        assertTiesTheTop(ranked, best);
        assertArrayEquals(new double[] {1, 0, 1, 0}, withPositiveA(best.parameters()), 1e-3);
        assertTrue(best.maxResidual() < 1e-4, "zero-weight samples are left out of max_residual");
        double[] residuals = best.residuals();
        assertEquals(N, residuals.length);
        assertEquals(y[0] - Math.tanh(x[0]), residuals[0], 1e-3); // still reported where the weight is 0
    }

    @Test
    void uniform_weights_of_any_size_give_the_same_fit() {
        double[] x = grid();
        double[] y = sample(x, v -> Math.max(0, v), 0, 0);
        double[] small = new double[N];
        Arrays.fill(small, 1e-3);
        assertEquals(SymbolicFit.rank(x, y, ones(), 1).get(0).r2(), SymbolicFit.rank(x, y, small, 1).get(0).r2(),
                1e-9);
    }

    @Test
    void one_form_fitted_alone_is_the_candidate_rank_gives_it() {
        double[] x = new double[81], y = new double[81], w = new double[81];
        for (int i = 0; i < x.length; i++) {
            x[i] = -4 + 0.1 * i;
            y[i] = 0.8 * Math.tanh(1.3 * x[i] - 0.2) + 0.1;
            w[i] = 1;
        }
        Candidate ranked = SymbolicFit.rank(x, y, w, Integer.MAX_VALUE).stream()
                .filter(c -> c.name().equals("gelu")).findFirst().orElseThrow();
        Candidate alone = SymbolicFit.fit("gelu", x, y, w);
        assertArrayEquals(ranked.parameters(), alone.parameters(), 1e-12);
        assertEquals(ranked.r2(), alone.r2(), 1e-12);
        assertEquals(3, SymbolicFit.fit("poly2", x, y, w).parameters().length);
        assertThrows(IllegalArgumentException.class, () -> SymbolicFit.fit("poly9", x, y, w));
    }

    @Test
    void bad_samples_are_refused_with_a_reason() {
        double[] x = grid();
        assertThrows(IllegalArgumentException.class, () -> SymbolicFit.rank(x, new double[3], ones(), 5));
        assertThrows(IllegalArgumentException.class, () -> SymbolicFit.rank(x, x, new double[N], 5));
        double[] negative = ones();
        negative[4] = -1;
        assertThrows(IllegalArgumentException.class, () -> SymbolicFit.rank(x, x, negative, 5));
    }
}
