package dev.gonogo.parse;

import dev.gonogo.model.Quantity;
import dev.gonogo.model.Quantity.Comparator;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the first free-standing number of a text as a {@link Quantity}: {@code <500ms}, {@code 6,800+ msg/sec},
 * {@code >99.9%}, {@code 5/5}, {@code ~25ms}, {@code 30,5%}. Numbers glued to words ({@code p95},
 * {@code ML-KEM-768}) and version numbers ({@code 3.4.0}) are not quantities.
 */
final class QuantityReader {

    private static final String NUMBER = "\\d{1,3}(?:[,\\u00A0\\u202F’' ]\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?";
    private static final String ATTACHED_UNIT = "[\\p{L}%‰µ°$€₽]+(?:/[\\p{L}]+)?";
    private static final Pattern SPACED_UNIT =
            Pattern.compile("[ \\u00A0]((?:%|[\\p{Ll}µ°]{1,8}(?:/[\\p{L}]{1,8})?|[\\p{Lu}]{1,3}(?:/[\\p{L}]{1,8})?))(?![\\p{L}\\p{N}])");

    /** Magnitude suffixes written straight after a number. */
    private static final java.util.Map<String, BigDecimal> MULTIPLIERS = java.util.Map.of(
            "k", BigDecimal.valueOf(1_000), "K", BigDecimal.valueOf(1_000), "M", BigDecimal.valueOf(1_000_000),
            "B", BigDecimal.valueOf(1_000_000_000), "bn", BigDecimal.valueOf(1_000_000_000));

    private final Pattern pattern;

    QuantityReader(Vocabulary vocabulary) {
        String approx = vocabulary.approximateMarkers().alternation();
        String approxGroup = approx.isEmpty() ? "(?<approx>(?!))" : "(?<approx>" + approx + ")";
        this.pattern = Pattern.compile("(?:" + approxGroup + "\\s*)?"
                + "(?<cmp><=|>=|≤|≥|<|>|=)?\\s*"
                + "(?<num>" + NUMBER + ")(?<plus>\\+)?"
                + "(?:\\s*/\\s*(?<outOf>\\d+(?:[.,]\\d+)?)(?![\\d.]))?"
                + "(?<unit>" + ATTACHED_UNIT + ")?(?<plusAfter>\\+(?![\\d]))?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first quantity in the text, if any. */
    Optional<Quantity> read(String text) {
        if (!Numbers.hasDigit(text)) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (isFreeStanding(text, m)) {
                Optional<BigDecimal> number = Numbers.parse(m.group("num"));
                if (number.isPresent()) {
                    return Optional.of(quantity(text, m, number.get()));
                }
            }
        }
        return Optional.empty();
    }

    private Quantity quantity(String text, Matcher m, BigDecimal number) {
        BigDecimal outOf = m.group("outOf") == null ? null : Numbers.parse(m.group("outOf")).orElse(null);
        String unit = m.group("unit") == null ? "" : m.group("unit");
        int end = m.end();
        BigDecimal multiplier = MULTIPLIERS.get(unit);
        if (multiplier != null) {
            // "100k nodes", "1M+": a magnitude, not a unit.
            number = number.multiply(multiplier);
            unit = "";
        }
        if (unit.isEmpty() && outOf == null) {
            Matcher spaced = SPACED_UNIT.matcher(text).region(end, text.length());
            if (spaced.lookingAt()) {
                unit = spaced.group(1);
                end = spaced.end();
            }
        }
        return new Quantity(text.substring(m.start(), end).strip(), comparator(m), Numbers.plain(number), outOf, unit);
    }

    private static Comparator comparator(Matcher m) {
        String cmp = m.group("cmp");
        if (cmp != null) {
            return switch (cmp) {
                case "<" -> Comparator.LT;
                case "<=", "≤" -> Comparator.LE;
                case ">" -> Comparator.GT;
                case ">=", "≥" -> Comparator.GE;
                default -> Comparator.EQ;
            };
        }
        if (m.group("plus") != null || m.group("plusAfter") != null) {
            return Comparator.GE;
        }
        return m.group("approx") != null ? Comparator.APPROX : Comparator.EQ;
    }

    /** Not part of a word, an identifier or a version number. */
    private static boolean isFreeStanding(String text, Matcher m) {
        int numStart = m.start("num");
        int start = m.group("approx") != null || m.group("cmp") != null ? m.start() : numStart;
        if (start > 0) {
            char before = text.charAt(start - 1);
            boolean gluedHyphen = before == '-' && start > 1 && Character.isLetterOrDigit(text.charAt(start - 2));
            if (Character.isLetterOrDigit(before) || before == '_' || before == '.' || before == '/' || gluedHyphen) {
                return false;
            }
        }
        int end = m.end("num");
        boolean versionLike = end + 1 < text.length() && text.charAt(end) == '.'
                && Character.isDigit(text.charAt(end + 1));
        return !versionLike;
    }
}
