package dev.gonogo.site.page;

import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fills the score panel. The computed total is the parser's exact {@link Matrix#computedScore()}; the
 * per-criterion contributions are recomputed here only to show the arithmetic.
 */
final class ScorePanelBuilder {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** How far an approximate statement ({@code ~70%}) may be from the computed score and still agree. */
    private static final BigDecimal APPROXIMATE_TOLERANCE = BigDecimal.ONE;

    private final ReviewLinks links;

    ScorePanelBuilder(ReviewLinks links) {
        this.links = links;
    }

    ScorePanel build(Review review) {
        Matrix matrix = scoringMatrix(review);
        ScoreStatement stated = review.statedScore();
        BigDecimal computed = matrix == null || matrix.computedScore() == null ? null
                : onScale(matrix.computedScore(), matrix.scale(), stated == null ? matrix.scale() : stated.scale());
        boolean mismatch = stated != null && computed != null && disagrees(stated, computed);
        List<ScorePanel.Statement> statements = new ArrayList<>();
        for (ScoreStatement statement : review.scoreStatements()) {
            statements.add(new ScorePanel.Statement(statement.label(), valueOf(statement), statement.verdict(),
                    statement.line(), links.sourceLine(statement.line()),
                    computed != null && disagrees(statement, onScale(matrix.computedScore(), matrix.scale(),
                            statement.scale()))));
        }
        List<ScorePanel.Term> terms = matrix == null ? List.of() : terms(matrix);
        return new ScorePanel(
                stated == null ? "" : valueOf(stated),
                stated == null ? "" : links.sourceLine(stated.line()),
                stated != null && stated.approximate(),
                computed == null ? "" : Numbers.plain(computed),
                computed == null ? "" : rounded(computed, stated),
                stated == null || computed == null ? "" : difference(stated, computed),
                mismatch,
                matrix == null ? "" : matrix.title(),
                matrix == null ? "" : links.sourceLine(matrix.line()),
                matrix != null && matrix.weighted(),
                terms,
                matrix == null || matrix.weightTotal() == null ? "" : Numbers.plain(matrix.weightTotal()),
                matrix != null && matrix.weightTotal() != null && matrix.weightTotal().compareTo(HUNDRED) == 0,
                matrix == null ? "" : formula(matrix, terms),
                statements);
    }

    /** The decision matrix, or else the first table of scores that yields a total. */
    private static Matrix scoringMatrix(Review review) {
        if (review.matrix() != null) {
            return review.matrix();
        }
        return review.matrices().stream().filter(m -> m.computedScore() != null).findFirst().orElse(null);
    }

    private static BigDecimal onScale(BigDecimal value, BigDecimal from, BigDecimal to) {
        if (from.compareTo(to) == 0 || from.signum() == 0) {
            return value;
        }
        return value.multiply(to).divide(from, MathContext.DECIMAL64);
    }

    private static boolean disagrees(ScoreStatement stated, BigDecimal computed) {
        BigDecimal difference = Numbers.round(computed, stated.decimals()).subtract(stated.value()).abs();
        return stated.approximate() ? difference.compareTo(APPROXIMATE_TOLERANCE) > 0 : difference.signum() != 0;
    }

    private static String rounded(BigDecimal computed, ScoreStatement stated) {
        return stated == null ? Numbers.plain(computed) : Numbers.round(computed, stated.decimals()).toPlainString();
    }

    private static String difference(ScoreStatement stated, BigDecimal computed) {
        BigDecimal difference = Numbers.round(computed, stated.decimals()).subtract(stated.value());
        String text = Numbers.round(difference, stated.decimals()).toPlainString();
        return difference.signum() > 0 ? "+" + text : text;
    }

    private static String valueOf(ScoreStatement statement) {
        return (statement.approximate() ? "~" : "") + Numbers.onScale(statement.valueText(), statement.scale());
    }

    private List<ScorePanel.Term> terms(Matrix matrix) {
        List<ScorePanel.Term> terms = new ArrayList<>();
        for (MatrixRow row : matrix.rows()) {
            BigDecimal contribution = row.weight() == null || row.score() == null ? null
                    : row.weight().multiply(row.score()).divide(HUNDRED, MathContext.DECIMAL64);
            terms.add(new ScorePanel.Term(row.criterion(),
                    row.weight() == null ? "" : Numbers.plain(row.weight()),
                    row.score() == null ? row.scoreText() : Numbers.plain(row.score()),
                    matrix.weighted() ? Numbers.plain(contribution) : "",
                    row.note(),
                    links.sourceLine(row.line())));
        }
        return terms;
    }

    /** {@code 30% × 95 + 25% × 85 = 28.5 + 21.25 = 49.75}, or {@code (95 + 85) / 2 = 90} for a plain table. */
    private static String formula(Matrix matrix, List<ScorePanel.Term> terms) {
        String total = matrix.computedScore() == null ? "?" : Numbers.plain(matrix.computedScore());
        if (terms.isEmpty()) {
            return "";
        }
        if (!matrix.weighted()) {
            String sum = terms.stream().map(ScorePanel.Term::score).collect(Collectors.joining(" + "));
            return "(" + sum + ") / " + terms.size() + " = " + total;
        }
        String products = terms.stream()
                .map(t -> (t.weight().isEmpty() ? "?" : t.weight()) + "% × " + t.score())
                .collect(Collectors.joining(" + "));
        String contributions = terms.stream()
                .map(t -> t.contribution().isEmpty() ? "?" : t.contribution())
                .collect(Collectors.joining(" + "));
        return products + " = " + contributions + " = " + total;
    }
}
