package dev.gonogo.parse;

import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.ScoreStatement;
import dev.gonogo.model.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads score charts drawn as text inside code blocks, one bar per line
 * ({@code │  Code Quality   ████████░░░░  85%  │}), as an unweighted {@link Matrix}; a bar labelled with a
 * stated-score label ({@code Overall Score:}) is the chart's total.
 */
final class BarChartReader {

    private static final int MIN_BARS = 2;
    private static final Pattern BAR = Pattern.compile(
            "^[\\s│┃|║]*(?<label>\\p{L}[^█▓▒░■□▪#│|]{0,60}?)[\\s:]+[█▓▒░■□▪#=]{3,}\\s*(?<value>\\d+(?:[.,]\\d+)?)\\s*%");

    private final Vocabulary vocabulary;

    BarChartReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The bar chart drawn in a code block, if it holds one. */
    Optional<Matrix> read(Outline.CodeBlockAt block, LineIndex lines) {
        List<MatrixRow> rows = new ArrayList<>();
        ScoreStatement total = null;
        for (int line = block.firstLine(); line <= block.lastLine(); line++) {
            String text = lines.line(line);
            Matcher bar = BAR.matcher(text);
            if (!bar.find()) {
                continue;
            }
            String label = InlineText.normalizeSpace(bar.group("label"));
            String valueText = bar.group("value");
            BigDecimal value = Numbers.parse(valueText).map(Numbers::plain).orElse(null);
            if (value == null) {
                continue;
            }
            if (vocabulary.statedScoreLabels().isWhole(label) || vocabulary.isTotalRow(label)) {
                total = new ScoreStatement(label, valueText, value, Numbers.decimals(valueText), false,
                        MatrixScale.PERCENT, "", line, bar.start("value") + 1);
            } else {
                rows.add(new MatrixRow(label, Status.NONE, "", null, valueText + "%", value, "", line));
            }
        }
        if (rows.size() < MIN_BARS) {
            return Optional.empty();
        }
        BigDecimal sum = rows.stream().map(MatrixRow::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = Numbers.plain(sum.divide(BigDecimal.valueOf(rows.size()), Numbers.DIVISION_SCALE,
                RoundingMode.HALF_EVEN));
        return Optional.of(new Matrix(block.title(), rows.get(0).line(), List.of(), rows, false, null,
                MatrixScale.PERCENT, mean, total));
    }
}
