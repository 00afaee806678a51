package org.activationexplorer.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers for read-outs: short enough to stay inside a chart whatever the value (a diverging loss reaches 1e30). */
public final class Numbers {
    private Numbers() {}

    /**
     * v with `digits` significant digits (at least 1), at most 10 characters for digits = 3:
     * <ul>
     * <li>plain when |v|, rounded as shown, is from 0.001 up to below 10,000, trailing zeros kept so that a
     * read-out does not jump in width while the pointer moves: 0.15234 → "0.152", 2 → "2.00", 0.001234 → "0.00123"; a whole part longer than
     * `digits` is shown whole rather than in scientific notation, since "1235" reads faster than "1.23e3";
     * <li>otherwise scientific, the mantissa with `digits` significant digits and the exponent without "+" or
     * leading zeros: 2.1023e30 → "2.10e30", -4.2e-5 → "-4.20e-5", 12345 → "1.23e4";
     * <li>0 (and −0) → "0", NaN → "NaN", +∞ → "∞", −∞ → "−∞".
     * </ul>
     */
    public static String significant(double v, int digits) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        int d = Math.max(1, digits);
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(d, RoundingMode.HALF_UP));
        if (Math.abs(v) >= 5e-4 && Math.abs(v) < 1e4) {
            int exponent = rounded.precision() - rounded.scale() - 1;
            BigDecimal plain = exponent < d // all significant digits after the point fit: zeros included
                    ? rounded.setScale(Math.max(0, d - 1 - exponent), RoundingMode.HALF_UP)
                    : new BigDecimal(v).setScale(0, RoundingMode.HALF_UP); // 1234.5 → 1235, not 1230
            double a = Math.abs(plain.doubleValue());
            if (a >= 1e-3 && a < 1e4) {
                return plain.toPlainString();
            }
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).setScale(d - 1, RoundingMode.HALF_UP);
        return mantissa.toPlainString() + "e" + exponent;
    }
}
