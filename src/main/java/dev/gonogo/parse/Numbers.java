package dev.gonogo.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Reading written numbers into exact decimals: {@code 6,800} is 6800, {@code 30,5} is 30.5, {@code 1 000} is 1000. */
final class Numbers {

    /** Digits of an average that does not terminate (a third); more than any review states. */
    static final int DIVISION_SCALE = 10;

    private Numbers() {
    }

    /**
     * Reads a number written with an optional sign, thousands separators (comma, space or apostrophe followed by
     * exactly three digits) and a decimal point or decimal comma.
     */
    static Optional<BigDecimal> parse(String written) {
        String s = written.strip().replace('\u2212', '-').replace("\u00A0", " ").replace("\u202F", " ");
        if (s.matches("[-+]?\\d{1,3}([, '’]\\d{3})+(\\.\\d+)?")) {
            s = s.replaceAll("[, '’]", "");
        } else if (s.matches("[-+]?\\d+,\\d+")) {
            s = s.replace(',', '.');
        }
        if (!s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s));
    }

    /** The number without trailing zeros and never in exponent form ({@code 85.65}, {@code 100}). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /** Number of decimals as written ({@code 83.5} → 1, {@code 30,50} → 2, {@code 100} → 0). */
    static int decimals(String written) {
        String s = written.strip();
        int separator = Math.max(s.lastIndexOf('.'), s.matches(".*,\\d{1,2}$|.*,\\d{4,}$") ? s.lastIndexOf(',') : -1);
        return separator < 0 ? 0 : s.length() - separator - 1;
    }
}
