package dev.gonogo.parse;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a written score in source text: {@code **83.5%**}, {@code ~70%}, {@code около 70%}, {@code 8.1/10},
 * {@code 68/100}, keeping the number exactly as written and where it starts (for {@code --fix}).
 */
final class ScoreText {

    /** A score as written. {@code start} is the index of {@code valueText} in the searched text. */
    record Written(String valueText, BigDecimal value, int decimals, boolean approximate, BigDecimal outOf,
                   boolean percent, int start, int end) {
    }

    private final Pattern pattern;

    ScoreText(Vocabulary vocabulary) {
        String approx = vocabulary.approximateMarkers().alternation();
        this.pattern = Pattern.compile("(?:(?<approx>" + (approx.isEmpty() ? "(?!)" : approx) + ")[\\s*_]*)?"
                + "(?<![\\p{L}\\p{N}_.\\-/])(?<num>\\d+(?:[.,]\\d+)?)(?![\\d.,]*\\.\\d)"
                + "(?<pct>\\s*%)?(?:\\s*/\\s*(?<outOf>\\d+(?:[.,]\\d+)?))?(?![\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first score in {@code text} at or after {@code from}. */
    Optional<Written> find(String text, int from) {
        if (from > text.length() || !Numbers.hasDigit(text)) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        if (!m.find(from)) {
            return Optional.empty();
        }
        String number = m.group("num");
        Optional<BigDecimal> value = Numbers.parse(number);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal outOf = m.group("outOf") == null ? null : Numbers.parse(m.group("outOf")).orElse(null);
        return Optional.of(new Written(number, value.get(), Numbers.decimals(number), m.group("approx") != null,
                outOf, m.group("pct") != null, m.start("num"), m.end()));
    }
}
