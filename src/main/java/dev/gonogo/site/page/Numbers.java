package dev.gonogo.site.page;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for pages: plain decimal text, never locale-dependent, never scientific. */
final class Numbers {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /** {@code 85.650} → {@code 85.65}, {@code 1E+2} → {@code 100}. */
    static String plain(BigDecimal number) {
        if (number == null) {
            return "";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    /** Rounds half-up to {@code decimals} places, as authors round ({@code 85.65} → {@code 85.7}). */
    static BigDecimal round(BigDecimal number, int decimals) {
        return number.setScale(Math.max(0, decimals), RoundingMode.HALF_UP);
    }

    /** A value with its scale: {@code 83.5%} on a scale of 100, {@code 8.1/10} otherwise. */
    static String onScale(String value, BigDecimal scale) {
        return scale.compareTo(HUNDRED) == 0 ? value + "%" : value + "/" + plain(scale);
    }

    /** A whole percentage of done out of total, 0 for an empty total. */
    static int percent(long done, long total) {
        return total == 0 ? 0 : (int) (done * 100 / total);
    }
}
