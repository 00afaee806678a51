package org.activationexplorer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void hugeAndTinyValuesAreScientificWithTheGivenDigits() {
        assertEquals("2.10e30", Numbers.significant(2102338623039859800000000000000.0, 3));
        assertEquals("-4.20e-5", Numbers.significant(-4.2e-5, 3));
        assertEquals("1.23e4", Numbers.significant(12345, 3));
        assertEquals("1.00e4", Numbers.significant(9999.7, 3), "rounding up to 10,000 leaves the plain range");
        assertEquals("4.94e-324", Numbers.significant(Double.MIN_VALUE, 3));
        assertEquals("-1.80e308", Numbers.significant(-Double.MAX_VALUE, 3));
        assertEquals("1e-7", Numbers.significant(1.2e-7, 1));
    }

    @Test
    void everydayValuesArePlainWithTrailingZerosKept() {
        assertEquals("0.152", Numbers.significant(0.15234, 3));
        assertEquals("2.00", Numbers.significant(2, 3));
        assertEquals("-0.500", Numbers.significant(-0.5, 3));
        assertEquals("0.00123", Numbers.significant(0.0012345, 3));
        assertEquals("0.00100", Numbers.significant(0.00099996, 3), "rounds into the plain range");
        assertEquals("10.0", Numbers.significant(9.9996, 3));
        assertEquals("123", Numbers.significant(123.4, 3));
        assertEquals("2.303", Numbers.significant(2.302585, 4));
    }

    @Test
    void aWholePartLongerThanTheDigitsIsShownWhole() {
        assertEquals("1235", Numbers.significant(1234.5, 3));
        assertEquals("1000", Numbers.significant(999.5, 3));
        assertEquals("-9999", Numbers.significant(-9999.4, 3));
        assertEquals("15", Numbers.significant(15, 1));
    }

    @Test
    void specialValues() {
        assertEquals("NaN", Numbers.significant(Double.NaN, 3));
        assertEquals("∞", Numbers.significant(Double.POSITIVE_INFINITY, 3));
        assertEquals("−∞", Numbers.significant(Double.NEGATIVE_INFINITY, 3));
        assertEquals("0", Numbers.significant(0, 3));
        assertEquals("0", Numbers.significant(-0.0, 3));
        assertEquals("2", Numbers.significant(2, 0), "at least one digit");
    }

    @Test
    void threeDigitsNeverTakeMoreThanTenCharacters() {
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 10_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            String s = Numbers.significant(v, 3);
            assertTrue(s.length() <= 10, v + " → " + s);
            if (Double.isFinite(v)) {
                assertEquals(v, Double.parseDouble(s), Math.abs(v) * 0.006, s);
            }
        }
    }
}
