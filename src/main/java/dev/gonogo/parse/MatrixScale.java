package dev.gonogo.parse;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The maximum of a matrix's score scale: 100 unless the score header ({@code Score (0–5)}, {@code Оценка /10},
 * {@code Score out of 10}), an {@code x/N} score or the total row says otherwise.
 */
final class MatrixScale {

    static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    private static final Pattern RANGE = Pattern.compile("\\d+(?:[.,]\\d+)?\\s*[-–—]\\s*(\\d+(?:[.,]\\d+)?)");
    private static final Pattern OUT_OF = Pattern.compile(
            "(?:/|\\b(?:out of|of|из|von|de|sur)\\s+)\\s*(\\d+(?:[.,]\\d+)?)", Pattern.UNICODE_CHARACTER_CLASS);

    private MatrixScale() {
    }

    static BigDecimal of(ParsedTable table, MatrixColumns columns, ScoreText scores) {
        if (columns.score() < 0) {
            return PERCENT;
        }
        String header = table.headers().get(columns.score());
        Optional<BigDecimal> fromHeader = first(RANGE, header).or(() -> first(OUT_OF, header));
        if (fromHeader.isPresent()) {
            return fromHeader.get();
        }
        return table.rows().stream()
                .map(row -> scores.find(row.cell(columns.score()).text(), 0))
                .flatMap(Optional::stream)
                .filter(written -> written.outOf() != null && !written.percent())
                .map(ScoreText.Written::outOf)
                .findFirst()
                .map(Numbers::plain)
                .orElse(PERCENT);
    }

    private static Optional<BigDecimal> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Numbers.parse(m.group(1)).map(Numbers::plain) : Optional.empty();
    }
}
