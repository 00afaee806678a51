package org.activationexplorer.activation.special;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StepTest {
    @Test
    void positiveIsOneExactlyAboveZero() {
        float[] xs = {3f, Float.MIN_VALUE, 0f, -0f, -Float.MIN_VALUE, -2f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        float[] expected = {1, 1, 0, 0, 0, 0, 1, 0};
        for (int i = 0; i < xs.length; i++) {
            assertEquals(expected[i], Step.positive(xs[i]), "positive(" + xs[i] + ")");
            assertEquals(xs[i] > 0 ? 1f : 0f, Step.positive(xs[i]), "as the comparison it replaces");
        }
    }

    @Test
    void nonNegativeIncludesPlusZeroOnly() {
        assertEquals(1f, Step.nonNegative(0f));
        assertEquals(0f, Step.nonNegative(-0f));
        assertEquals(1f, Step.nonNegative(5f));
        assertEquals(0f, Step.nonNegative(-Float.MIN_VALUE));
        assertEquals(1f, Step.nonNegative(Float.POSITIVE_INFINITY));
    }
}
