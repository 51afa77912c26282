package dev.gonogo.site.page;

import dev.gonogo.check.Decimals;
import dev.gonogo.check.MatrixArithmetic;
import dev.gonogo.check.ScoreComparison;
import dev.gonogo.check.StatedScores;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Fills the score panel with the check package's own arithmetic ({@link StatedScores}, {@link ScoreComparison}),
 * so the panel and the {@code score-mismatch} rule can never disagree. Only the per-criterion contributions are
 * computed here, to show the working.
 */
final class ScorePanelBuilder {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReviewLinks links;
    private final BigDecimal tolerance;

    /** @param tolerance how far an approximate statement may be from the computed score, in points of 100 */
    ScorePanelBuilder(ReviewLinks links, BigDecimal tolerance) {
        this.links = links;
        this.tolerance = tolerance;
    }

    ScorePanel build(Review review) {
        ScoreStatement stated = review.statedScore();
        Matrix matrix = (stated == null ? defaultMatrix(review) : StatedScores.matrixOf(review, stated)).orElse(null);
        Optional<MatrixArithmetic> arithmetic = matrix == null ? Optional.empty() : arithmetic(matrix);
        Optional<ScoreComparison> comparison = stated == null ? Optional.empty() : compare(review, stated);
        BigDecimal computed = arithmetic.map(a -> stated == null ? a.result()
                : Decimals.rescale(a.result(), matrix.scale(), stated.scale())).orElse(null);
        List<ScorePanel.Term> terms = matrix == null ? List.of() : terms(matrix);
        return new ScorePanel(
                stated == null ? "" : ScoreComparison.quoted(stated, stated.valueText()),
                stated == null ? "" : links.sourceLine(stated.line()),
                stated != null && stated.approximate(),
                computed == null ? "" : Decimals.plain(computed),
                comparison.map(c -> c.rounded().toPlainString())
                        .orElse(computed == null ? "" : Decimals.plain(computed)),
                comparison.map(ScorePanelBuilder::difference).orElse(""),
                comparison.map(c -> !c.agrees()).orElse(false),
                matrix == null ? "" : matrix.title(),
                matrix == null ? "" : links.sourceLine(matrix.line()),
                matrix != null && matrix.weighted(),
                terms,
                matrix == null ? "" : StatedScores.weightTotal(matrix).map(Decimals::plain).orElse(""),
                matrix != null && StatedScores.weightsTotalHundred(matrix),
                matrix == null ? "" : formula(matrix, terms, arithmetic),
                statements(review));
    }

    /** Without a stated score: the decision matrix, or the only scored table. */
    private static Optional<Matrix> defaultMatrix(Review review) {
        if (review.matrix() != null) {
            return Optional.of(review.matrix());
        }
        return review.matrices().size() == 1 ? Optional.of(review.matrices().get(0)) : Optional.empty();
    }

    private static Optional<MatrixArithmetic> arithmetic(Matrix matrix) {
        return matrix.weighted() ? MatrixArithmetic.weighted(matrix) : MatrixArithmetic.average(matrix);
    }

    /**
     * The statement against its table: a weighted matrix only when its weights total 100% (otherwise the
     * {@code weights-sum} rule speaks, not a score comparison), a plain table against its average.
     */
    private Optional<ScoreComparison> compare(Review review, ScoreStatement statement) {
        Optional<Matrix> matrix = StatedScores.matrixOf(review, statement);
        if (matrix.isEmpty()) {
            return Optional.empty();
        }
        if (matrix.get().weighted()) {
            return StatedScores.weighted(review, statement, tolerance);
        }
        return MatrixArithmetic.average(matrix.get())
                .map(a -> ScoreComparison.of(statement, a, matrix.get().scale(), tolerance));
    }

    private List<ScorePanel.Statement> statements(Review review) {
        List<ScorePanel.Statement> statements = new ArrayList<>();
        for (ScoreStatement statement : StatedScores.all(review)) {
            boolean mismatch = compare(review, statement).map(c -> !c.agrees()).orElse(false);
            statements.add(new ScorePanel.Statement(statement.label(),
                    ScoreComparison.quoted(statement, statement.valueText()), statement.verdict(), statement.line(),
                    links.sourceLine(statement.line()), mismatch));
        }
        return statements;
    }

    private static String difference(ScoreComparison comparison) {
        ScoreStatement statement = comparison.statement();
        BigDecimal difference = comparison.rounded().subtract(statement.value());
        String text = Decimals.round(difference, statement.decimals()).toPlainString();
        return difference.signum() > 0 ? "+" + text : text;
    }

    private List<ScorePanel.Term> terms(Matrix matrix) {
        List<ScorePanel.Term> terms = new ArrayList<>();
        for (MatrixRow row : matrix.rows()) {
            BigDecimal contribution = !matrix.weighted() || row.weight() == null || row.score() == null ? null
                    : Decimals.divide(row.weight().multiply(row.score()), HUNDRED);
            terms.add(new ScorePanel.Term(row.criterion(),
                    row.weight() == null ? "" : Decimals.plain(row.weight()),
                    row.score() == null ? row.scoreText() : Decimals.plain(row.score()),
                    contribution == null ? "" : Decimals.plain(contribution),
                    row.note(),
                    links.sourceLine(row.line())));
        }
        return terms;
    }

    /**
     * {@code 30% × 95 + 25% × 85 = 28.5 + 21.25 = 49.75}: the weighted sum with each contribution, or the check
     * package's own expression for a plain table ({@code (95 + 85) / 2 = 90}).
     */
    private static String formula(Matrix matrix, List<ScorePanel.Term> terms,
                                  Optional<MatrixArithmetic> arithmetic) {
        if (terms.isEmpty() || arithmetic.isEmpty()) {
            return "";
        }
        if (!matrix.weighted()) {
            return arithmetic.get().expression();
        }
        String products = terms.stream().map(t -> t.weight() + "% × " + t.score()).collect(Collectors.joining(" + "));
        String contributions = terms.stream().map(ScorePanel.Term::contribution).collect(Collectors.joining(" + "));
        return products + " = " + contributions + " = " + Decimals.plain(arithmetic.get().result());
    }
}
