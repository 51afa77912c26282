package dev.gonogo.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading written numbers into exact decimals: {@code 6,800} is 6800, {@code 30,5} is 30.5, {@code 1 000} is 1000. */
final class Numbers {

    /** Digits of an average that does not terminate (a third); more than any review states. */
    static final int DIVISION_SCALE = 10;

    /**
     * Longer text is not a number a review states; the grouping pattern recurses once per group of three digits,
     * so a cell of thousands of "1,000" would otherwise overflow the stack.
     */
    static final int MAX_LENGTH = 100;

    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}([, '’]\\d{3})+(\\.\\d+)?");
    private static final Pattern SEPARATORS = Pattern.compile("[, '’]");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+");
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern COMMA_DECIMALS = Pattern.compile(".*,\\d{1,2}|.*,\\d{4,}");

    private Numbers() {
    }

    /**
     * Reads a number written with an optional sign, thousands separators (comma, space or apostrophe followed by
     * exactly three digits) and a decimal point or decimal comma.
     */
    static Optional<BigDecimal> parse(String written) {
        if (written.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String s = written.strip().replace('\u2212', '-').replace("\u00A0", " ").replace("\u202F", " ");
        if (GROUPED.matcher(s).matches()) {
            s = SEPARATORS.matcher(s).replaceAll("");
        } else if (DECIMAL_COMMA.matcher(s).matches()) {
            s = s.replace(',', '.');
        }
        if (!PLAIN.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s));
    }

    /** Whether the text holds an ASCII digit at all: a cheap test before running number patterns. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The number without trailing zeros and never in exponent form ({@code 85.65}, {@code 100}). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /** Number of decimals as written ({@code 83.5} → 1, {@code 30,50} → 2, {@code 100} → 0). */
    static int decimals(String written) {
        String s = written.strip();
        int separator = Math.max(s.lastIndexOf('.'), COMMA_DECIMALS.matcher(s).matches() ? s.lastIndexOf(',') : -1);
        return separator < 0 ? 0 : s.length() - separator - 1;
    }
}
