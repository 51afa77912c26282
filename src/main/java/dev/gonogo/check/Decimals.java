package dev.gonogo.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact decimal arithmetic and formatting shared by the rules and {@code --fix}: never binary floating point. */
public final class Decimals {

    /** Digits kept when a division does not terminate (an average of 9 rows); far beyond any stated precision. */
    public static final int DIVISION_SCALE = 10;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /** The number as a reader writes it: no exponent, no trailing zeros ({@code 85.65}, {@code 100}). */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Rounds half-up to {@code decimals} places: 85.65 → 85.7 at one decimal. */
    public static BigDecimal round(BigDecimal value, int decimals) {
        return value.setScale(Math.max(decimals, 0), RoundingMode.HALF_UP);
    }

    /** Divides, exactly when the quotient terminates, else to {@link #DIVISION_SCALE} places (half-up). */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        try {
            return dividend.divide(divisor);
        } catch (ArithmeticException nonTerminating) {
            return dividend.divide(divisor, DIVISION_SCALE, RoundingMode.HALF_UP);
        }
    }

    /** Converts a score from one scale to another: 8.15 on a 10-point scale is 81.5 on a 100-point one. */
    public static BigDecimal rescale(BigDecimal value, BigDecimal fromScale, BigDecimal toScale) {
        if (fromScale.compareTo(toScale) == 0) {
            return value;
        }
        return divide(value.multiply(toScale), fromScale);
    }

    /** A score as a percentage of its scale. */
    public static BigDecimal percent(BigDecimal value, BigDecimal scale) {
        return rescale(value, scale, HUNDRED);
    }

    /** True when both are the same number, whatever their scale ({@code 100} equals {@code 100.0}). */
    public static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
