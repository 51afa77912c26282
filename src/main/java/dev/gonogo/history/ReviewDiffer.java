package dev.gonogo.history;

import dev.gonogo.check.MetricTargets;
import dev.gonogo.check.TargetOutcome;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Recommendation;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes what changed between two checked versions of a review. Pure: the same two results always give the
 * same diff. Elements are matched by name (criterion, checklist label, metric label) and findings by rule and
 * message ({@link FindingKey}), never by line, so an edit that moves text around is not reported as a change.
 */
public final class ReviewDiffer {
    /** How a diff names the missing side of an added or deleted review. */
    public static final String ABSENT = "(none)";
    private static final Pairing<MatrixRow> ROWS = new Pairing<>(MatrixRow::criterion, row -> "");
    private static final Pairing<ChecklistItem> ITEMS =
            new Pairing<>(ChecklistItem::text, item -> String.join("\u0001", item.path()));
    private static final Pairing<Metric> METRICS = new Pairing<>(Metric::label, Metric::group);

    public ReviewDiff diff(ReviewResult before, ReviewResult after) {
        Review old = before.review();
        Review neu = after.review();
        return new ReviewDiff(old.source().path(), neu.source().path(),
                new ScoreChange(statedValue(old), statedValue(neu)),
                new ScoreChange(computed(old), computed(neu)),
                new TextChange(verdict(old), verdict(neu)),
                new TextChange(recommendation(old), recommendation(neu)),
                matrixRows(old, neu), checklist(old.checklist(), neu.checklist()),
                metrics(old.metrics(), neu.metrics()),
                FindingMatcher.match(before.findings(), after.findings()));
    }

    /** A review that did not exist before: everything in it is added, every finding new. */
    public ReviewDiff added(ReviewResult after) {
        return diff(EmptyReview.named(ABSENT), after);
    }

    /** A review that no longer exists: everything in it is removed, every finding fixed. */
    public ReviewDiff removed(ReviewResult before) {
        return diff(before, EmptyReview.named(ABSENT));
    }

    private static List<MatrixRowChange> matrixRows(Review old, Review neu) {
        return ROWS.pair(rows(old), rows(neu)).stream()
                .map(p -> new MatrixRowChange(p.before(), p.after()))
                .filter(MatrixRowChange::matters)
                .toList();
    }

    private static List<ChecklistChange> checklist(List<ChecklistItem> old, List<ChecklistItem> neu) {
        List<ChecklistChange> changes = new ArrayList<>();
        for (Pairing.Pair<ChecklistItem> pair : ITEMS.pair(old, neu)) {
            ChecklistItem before = pair.before();
            ChecklistItem after = pair.after();
            if (before == null) {
                changes.add(new ChecklistChange(ChecklistChange.Kind.ADDED, null, after));
            } else if (after == null) {
                changes.add(new ChecklistChange(ChecklistChange.Kind.REMOVED, before, null));
            } else if (before.checked() != after.checked()) {
                ChecklistChange.Kind kind = after.checked() ? ChecklistChange.Kind.CHECKED
                        : ChecklistChange.Kind.UNCHECKED;
                changes.add(new ChecklistChange(kind, before, after));
            }
        }
        return List.copyOf(changes);
    }

    private static List<MetricChange> metrics(List<Metric> old, List<Metric> neu) {
        return METRICS.pair(old, neu).stream()
                .map(p -> new MetricChange(p.before(), p.after(),
                        outcome(p.before()), outcome(p.after())))
                .filter(MetricChange::matters)
                .toList();
    }

    /** A metric added or removed between versions has no target on the side where it is absent. */
    private static TargetOutcome outcome(Metric metric) {
        return metric == null ? TargetOutcome.NO_TARGET : MetricTargets.outcome(metric);
    }

    private static List<MatrixRow> rows(Review review) {
        return review.decisionMatrix().map(Matrix::rows).orElse(List.of());
    }

    private static BigDecimal statedValue(Review review) {
        return review.stated().map(ScoreStatement::value).orElse(null);
    }

    private static BigDecimal computed(Review review) {
        return review.decisionMatrix().map(Matrix::computedScore).orElse(null);
    }

    private static String verdict(Review review) {
        return review.stated().map(ScoreStatement::verdict).orElse("");
    }

    private static String recommendation(Review review) {
        return Optional.ofNullable(review.recommendation()).map(Recommendation::text).orElse("");
    }
}
