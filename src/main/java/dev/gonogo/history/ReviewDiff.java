package dev.gonogo.history;

import dev.gonogo.check.Finding;
import dev.gonogo.check.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a review, in the readiness picture rather than in the text.
 * Only elements that changed are listed.
 *
 * @param oldPath        the old version as the user named it ({@code v1.md}, {@code HEAD~3:content/a.md})
 * @param newPath        the new version as the user named it
 * @param statedScore    the first stated overall score, before and after
 * @param computedScore  the decision matrix's weighted score, before and after
 * @param verdict        the verdict written beside the stated score, before and after
 * @param recommendation the recommendation, before and after
 * @param matrixRows     decision-matrix criteria added, removed, or with a new weight or score
 * @param checklist      checklist items checked, unchecked, added or removed
 * @param metrics        metrics added, removed, or with a new value, target, state or target outcome
 * @param newFindings     findings of the new version that the old one did not have
 * @param fixedFindings   findings of the old version that the new one no longer has
 * @param changedFindings findings both have about the same subject, with other numbers or lines behind them
 */
public record ReviewDiff(String oldPath, String newPath, ScoreChange statedScore, ScoreChange computedScore,
                         TextChange verdict, TextChange recommendation, List<MatrixRowChange> matrixRows,
                         List<ChecklistChange> checklist, List<MetricChange> metrics, List<Finding> newFindings,
                         List<Finding> fixedFindings, List<FindingChange> changedFindings) {
    public ReviewDiff {
        Objects.requireNonNull(oldPath, "oldPath");
        Objects.requireNonNull(newPath, "newPath");
        Objects.requireNonNull(statedScore, "statedScore");
        Objects.requireNonNull(computedScore, "computedScore");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(recommendation, "recommendation");
        matrixRows = List.copyOf(matrixRows);
        checklist = List.copyOf(checklist);
        metrics = List.copyOf(metrics);
        newFindings = List.copyOf(newFindings);
        fixedFindings = List.copyOf(fixedFindings);
        changedFindings = List.copyOf(changedFindings);
    }

    ReviewDiff(String oldPath, String newPath, ScoreChange statedScore, ScoreChange computedScore,
               TextChange verdict, TextChange recommendation, List<MatrixRowChange> matrixRows,
               List<ChecklistChange> checklist, List<MetricChange> metrics, FindingMatcher.Matched findings) {
        this(oldPath, newPath, statedScore, computedScore, verdict, recommendation, matrixRows, checklist, metrics,
                findings.added(), findings.fixed(), findings.changed());
    }

    /** True when nothing in the readiness picture changed. */
    public boolean isEmpty() {
        return !statedScore.changed() && !computedScore.changed() && !verdict.changed() && !recommendation.changed()
                && matrixRows.isEmpty() && checklist.isEmpty() && metrics.isEmpty() && newFindings.isEmpty()
                && fixedFindings.isEmpty() && changedFindings.isEmpty();
    }

    /** True when a new finding is at least as serious as the threshold; {@code null} means never. */
    public boolean failsAt(Severity threshold) {
        return threshold != null && newFindings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }
}
