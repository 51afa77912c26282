package dev.gonogo.parse;

import dev.gonogo.model.Entry;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Section;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a list of scores ({@code - 🟢 **Security**: 120/100}, every item a label and an {@code x/N} score with the
 * same N) as an unweighted {@link Matrix}: the same table of scores, written as bullets.
 */
final class ScoreListReader {

    private static final int MIN_ITEMS = 3;
    private static final Pattern SCORE = Pattern.compile(
            "^[^\\p{L}\\p{N}]*(?<score>\\d+(?:[.,]\\d+)?)\\s*/\\s*(?<outOf>\\d+)[^\\p{L}\\p{N}]*$");

    private ScoreListReader() {
    }

    /** The section's list as a matrix, when every item is a label with an {@code x/N} score. */
    static Optional<Matrix> read(Section section) {
        List<Entry> items = section.entries();
        if (items.size() < MIN_ITEMS) {
            return Optional.empty();
        }
        List<MatrixRow> rows = new ArrayList<>();
        String outOf = null;
        for (Entry item : items) {
            Matcher score = SCORE.matcher(item.value());
            if (!item.hasLabel() || !score.matches() || (outOf != null && !outOf.equals(score.group("outOf")))) {
                return Optional.empty();
            }
            outOf = score.group("outOf");
            BigDecimal value = Numbers.parse(score.group("score")).map(Numbers::plain).orElseThrow();
            rows.add(new MatrixRow(item.label(), item.status(), "", null, item.value(), value, "", item.line()));
        }
        BigDecimal scale = Numbers.parse(outOf).map(Numbers::plain).orElseThrow();
        BigDecimal sum = rows.stream().map(MatrixRow::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = Numbers.plain(sum.divide(BigDecimal.valueOf(rows.size()), Numbers.DIVISION_SCALE,
                RoundingMode.HALF_EVEN));
        return Optional.of(new Matrix(section.title(), rows.get(0).line(), List.of(), rows, false, null, scale, mean,
                null));
    }
}
