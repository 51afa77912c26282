package dev.gonogo.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact arithmetic and locale-independent formatting of the numbers charts show. */
final class Decimals {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Enough precision for shares such as 100 / 3 without ever throwing on a non-terminating quotient. */
    private static final MathContext DIVISION = MathContext.DECIMAL64;

    private Decimals() {
    }

    /** {@code a / b} exactly when the quotient terminates, to 16 significant digits otherwise. */
    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, DIVISION);
    }

    /** At most two decimals, half-up like the score rules, trailing zeros dropped: {@code 85.65}, {@code 6}. */
    static String format(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
