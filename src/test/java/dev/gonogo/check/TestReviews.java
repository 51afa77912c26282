package dev.gonogo.check;

import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import dev.gonogo.model.SourceInfo;
import dev.gonogo.model.Status;
import dev.gonogo.model.Suppression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds review models by hand for rule tests that must not depend on the parser. */
public final class TestReviews {

    private final SourceInfo source = new SourceInfo("review.md", "UTF-8", false, "LF", false, 100, 10);
    private final List<Matrix> matrices = new ArrayList<>();
    private final List<ScoreStatement> statements = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();

    public static TestReviews review() {
        return new TestReviews();
    }

    public static BigDecimal dec(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /** A matrix from "weight:score" pairs, rows starting at {@code line + 2}. */
    public static Matrix matrix(int line, String scale, String... weightScore) {
        List<MatrixRow> rows = new ArrayList<>();
        boolean weighted = weightScore.length > 0 && weightScore[0].contains(":");
        BigDecimal total = weighted ? BigDecimal.ZERO : null;
        for (int i = 0; i < weightScore.length; i++) {
            String[] parts = weightScore[i].split(":");
            String weight = weighted ? parts[0] : "";
            String score = weighted ? parts[1] : parts[0];
            BigDecimal w = number(weight);
            if (weighted && w != null && total != null) {
                total = total.add(w);
            } else if (weighted) {
                total = null;
            }
            rows.add(new MatrixRow("Criterion " + (i + 1), Status.NONE, weight, w, score, number(score), "",
                    line + 2 + i));
        }
        return new Matrix("Decision Matrix", line, List.of("Criterion", "Weight", "Score"), rows, weighted, total,
                dec(scale), null, null);
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static ScoreStatement statement(String valueText, int line) {
        return statement(valueText, line, false, "100");
    }

    public static ScoreStatement statement(String valueText, int line, boolean approximate, String scale) {
        BigDecimal value = new BigDecimal(valueText.replace(',', '.'));
        return new ScoreStatement("Overall Score", valueText, value, Math.max(value.scale(), 0), approximate,
                dec(scale), "", line, 20);
    }

    public TestReviews matrix(Matrix matrix) {
        matrices.add(matrix);
        return this;
    }

    public TestReviews stated(ScoreStatement statement) {
        statements.add(statement);
        return this;
    }

    public TestReviews suppress(Suppression suppression) {
        suppressions.add(suppression);
        return this;
    }

    public Review build() {
        Matrix decision = matrices.stream().filter(Matrix::weighted).findFirst().orElse(null);
        return new Review(source, "Review", 1, List.of(), null, null, null, Status.NONE, List.of(), List.of(),
                List.of(), decision, matrices, statements.isEmpty() ? null : statements.get(0), statements, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), suppressions, List.of());
    }
}
