package dev.gonogo.history;

import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.Severity;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one version of a review says about readiness: the numbers a history chart and table show. Depends only
 * on the version's content (and the rules), so it is cached by blob id.
 *
 * @param stated        the stated overall score, or {@code null}
 * @param computed      the decision matrix's weighted score, or {@code null}
 * @param verdict       the verdict written beside the stated score, empty when none
 * @param openMustHaves unchecked boxes under a must-have heading
 * @param errors        findings of severity error
 * @param warnings      findings of severity warning
 * @param problem       why the version could not be read (undecodable bytes), empty when it could
 */
public record VersionSummary(BigDecimal stated, BigDecimal computed, String verdict, int openMustHaves, int errors,
                             int warnings, String problem) {
    public VersionSummary {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(problem, "problem");
    }

    public static VersionSummary of(ReviewResult result) {
        Review review = result.review();
        return new VersionSummary(review.stated().map(ScoreStatement::value).orElse(null),
                review.decisionMatrix().map(Matrix::computedScore).orElse(null),
                review.stated().map(ScoreStatement::verdict).orElse(""), MustHaves.open(review),
                (int) result.count(Severity.ERROR), (int) result.count(Severity.WARNING), "");
    }

    /** A version whose bytes could not be read as a review. */
    public static VersionSummary unreadable(String problem) {
        return new VersionSummary(null, null, "", 0, 0, 0, problem);
    }

    public boolean readable() {
        return problem.isEmpty();
    }
}
