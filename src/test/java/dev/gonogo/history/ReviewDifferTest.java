package dev.gonogo.history;

import dev.gonogo.check.TargetOutcome;
import static dev.gonogo.history.ReviewBuilder.q;
import static dev.gonogo.history.ReviewBuilder.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gonogo.check.Finding;
import dev.gonogo.check.Severity;
import dev.gonogo.model.Quantity.Comparator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReviewDifferTest {
    private final ReviewDiffer differ = new ReviewDiffer();

    private static ReviewBuilder base(String path) {
        return review(path)
                .row("Technical Readiness", "30", "95")
                .row("Testing", "70", "80")
                .item("Unit Tests", true, "Must Have", "Testing")
                .item("Stability Test", false, "Must Have", "Testing")
                .metric("MTTR", q(Comparator.LT, "3", "min"), q(Comparator.LT, "3", "min"))
                .stated("84.5", "Go with conditions")
                .recommendation("GO for beta");
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        ReviewDiff diff = differ.diff(base("a.md").build(), base("b.md").build());

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.oldPath()).isEqualTo("a.md");
        assertThat(diff.newPath()).isEqualTo("b.md");
    }

    @Test
    void scoresAndVerdictChanges() {
        ReviewDiff diff = differ.diff(base("a.md").build(), review("b.md")
                .row("Technical Readiness", "30", "95").row("Testing", "70", "90")
                .stated("91.5", "Go").recommendation("GO for beta").build());

        assertThat(diff.statedScore()).isEqualTo(new ScoreChange(new BigDecimal("84.5"), new BigDecimal("91.5")));
        assertThat(diff.statedScore().delta()).contains(new BigDecimal("7.0"));
        assertThat(diff.computedScore().before()).isEqualByComparingTo("84.5");
        assertThat(diff.computedScore().after()).isEqualByComparingTo("91.5");
        assertThat(diff.verdict()).isEqualTo(new TextChange("Go with conditions", "Go"));
        assertThat(diff.verdict().changed()).isTrue();
        assertThat(diff.recommendation().changed()).isFalse();
    }

    @Test
    void equalNumbersWrittenWithOtherPrecisionAreNoChange() {
        assertThat(new ScoreChange(new BigDecimal("83.5"), new BigDecimal("83.50")).changed()).isFalse();
        assertThat(new ScoreChange(null, new BigDecimal("1")).changed()).isTrue();
        assertThat(new ScoreChange(null, null).changed()).isFalse();
    }

    @Test
    void matrixRowsAreMatchedByCriterionNotPosition() {
        ReviewDiff diff = differ.diff(base("a.md").build(), review("b.md")
                .row("Security", "10", "97")
                .row("testing", "60", "80")
                .row("Technical  Readiness", "30", "95")
                .build());

        assertThat(diff.matrixRows()).extracting(MatrixRowChange::criterion, MatrixRowChange::kind)
                .containsExactly(
                        tuple("Security", ChangeKind.ADDED),
                        tuple("testing", ChangeKind.CHANGED));
        MatrixRowChange testing = diff.matrixRows().get(1);
        assertThat(testing.weight().delta()).contains(new BigDecimal("-10"));
        assertThat(testing.score().changed()).isFalse();
    }

    @Test
    void removedMatrixRowsComeLast() {
        ReviewDiff diff = differ.diff(base("a.md").build(), review("b.md").row("Testing", "70", "80").build());

        assertThat(diff.matrixRows()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.REMOVED);
            assertThat(change.criterion()).isEqualTo("Technical Readiness");
            assertThat(change.weight().after()).isNull();
        });
    }

    @Test
    void checklistItemsAreMatchedByNameAndGroupNotLine() {
        ReviewDiff diff = differ.diff(base("a.md").build(), review("b.md")
                .item("Load Tests", false, "Must Have", "Testing")
                .item("Stability Test", true, "Must Have", "Testing")
                .item("Unit Tests", true, "Must Have", "Testing")
                .build());

        assertThat(diff.checklist()).extracting(ChecklistChange::text, ChecklistChange::kind).containsExactly(
                tuple("Load Tests", ChecklistChange.Kind.ADDED),
                tuple("Stability Test", ChecklistChange.Kind.CHECKED));
    }

    @Test
    void checklistItemMovedToAnotherGroupIsTheSameItem() {
        ReviewDiff diff = differ.diff(
                review("a.md").item("Alerting", false, "Should Have").item("Unit Tests", true, "Must Have").build(),
                review("b.md").item("Alerting", false, "Must Have").build());

        assertThat(diff.checklist()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChecklistChange.Kind.REMOVED);
            assertThat(change.text()).isEqualTo("Unit Tests");
            assertThat(change.checked()).isTrue();
        });
    }

    @Test
    void sameNameInTwoGroupsStaysTwoItems() {
        ReviewDiff diff = differ.diff(
                review("a.md").item("Docs", true, "Must Have").item("Docs", false, "Should Have").build(),
                review("b.md").item("Docs", true, "Must Have").item("Docs", true, "Should Have").build());

        assertThat(diff.checklist()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChecklistChange.Kind.CHECKED);
            assertThat(change.path()).containsExactly("Should Have");
        });
    }

    @Test
    void uncheckedBoxIsReported() {
        ReviewDiff diff = differ.diff(
                review("a.md").item("Unit Tests", true, "Testing").build(),
                review("b.md").item("Unit Tests", false, "Testing").build());

        assertThat(diff.checklist()).extracting(ChecklistChange::kind)
                .containsExactly(ChecklistChange.Kind.UNCHECKED);
    }

    @Test
    void metricValueChangeAndNewlyMissedTarget() {
        ReviewDiff diff = differ.diff(
                review("a.md").metric("Latency p99", q(Comparator.EQ, "240", "ms"), q(Comparator.LT, "250", "ms"))
                        .metric("Uptime", q(Comparator.GT, "99.9", "%"), null).build(),
                review("b.md").metric("Latency p99", q(Comparator.EQ, "0.28", "s"), q(Comparator.LT, "250", "ms"))
                        .metric("Uptime", q(Comparator.GT, "99.9", "%"), null).build());

        assertThat(diff.metrics()).singleElement().satisfies(change -> {
            assertThat(change.label()).isEqualTo("Latency p99");
            assertThat(change.value()).isEqualTo(new TextChange("240ms", "0.28s"));
            assertThat(change.targetBefore()).isEqualTo(TargetOutcome.MET);
            assertThat(change.targetAfter()).isEqualTo(TargetOutcome.MISSED);
            assertThat(change.newlyMissed()).isTrue();
            assertThat(change.newlyMet()).isFalse();
        });
    }

    @Test
    void metricNewlyMeetingItsTarget() {
        ReviewDiff diff = differ.diff(
                review("a.md").metric("Throughput", q(Comparator.EQ, "40", "req/s"), q(Comparator.GT, "50", "req/s"))
                        .build(),
                review("b.md").metric("Throughput", q(Comparator.EQ, "55", "req/s"), q(Comparator.GT, "50", "req/s"))
                        .build());

        assertThat(diff.metrics()).singleElement().satisfies(change -> assertThat(change.newlyMet()).isTrue());
    }

    @Test
    void addedAndRemovedMetrics() {
        ReviewDiff diff = differ.diff(
                review("a.md").metric("Old", q(Comparator.EQ, "1", ""), null).build(),
                review("b.md").metric("New", q(Comparator.EQ, "1", ""), null).build());

        assertThat(diff.metrics()).extracting(MetricChange::label, MetricChange::kind).containsExactly(
                tuple("New", ChangeKind.ADDED),
                tuple("Old", ChangeKind.REMOVED));
    }

    @Test
    void findingsAreMatchedByRuleAndMessageNotLine() {
        ReviewDiff diff = differ.diff(
                review("a.md")
                        .finding("status-conflict", 14, "Stability test is done at line 14 but not at lines 79, 81 and 112")
                        .finding("weights-sum", 142, "Weights total 90%, not 100%")
                        .build(),
                review("b.md")
                        .finding("status-conflict", 16, "Stability test is done at line 16 but not at lines 81, 83 and 114")
                        .finding("score-mismatch", 152, "Stated 83.5 differs from computed 85.65")
                        .build());

        assertThat(diff.newFindings()).extracting(Finding::rule).containsExactly("score-mismatch");
        assertThat(diff.fixedFindings()).extracting(Finding::rule).containsExactly("weights-sum");
    }

    @Test
    void repeatedFindingsAreCountedNotCollapsed() {
        ReviewDiff diff = differ.diff(
                review("a.md").warning("heading-status", 10, "Heading marked done over open items").build(),
                review("b.md").warning("heading-status", 10, "Heading marked done over open items")
                        .warning("heading-status", 30, "Heading marked done over open items").build());

        assertThat(diff.newFindings()).singleElement()
                .satisfies(f -> assertThat(f.location().line()).isEqualTo(30));
        assertThat(diff.fixedFindings()).isEmpty();
    }

    @Test
    void failsOnlyOnNewFindingsAtTheThreshold() {
        ReviewDiff diff = differ.diff(
                review("a.md").finding("weights-sum", 1, "old error stays").build(),
                review("b.md").finding("weights-sum", 1, "old error stays")
                        .warning("heading-status", 2, "new warning").build());

        assertThat(diff.failsAt(Severity.ERROR)).isFalse();
        assertThat(diff.failsAt(Severity.WARNING)).isTrue();
        assertThat(diff.failsAt(null)).isFalse();
    }

    @Test
    void anAddedReviewHasEverythingAddedAndADeletedOneEverythingRemoved() {
        ReviewDiff added = differ.added(base("new.md").finding("weights-sum", 1, "x").build());
        ReviewDiff removed = differ.removed(base("old.md").finding("weights-sum", 1, "x").build());

        assertThat(added.oldPath()).isEqualTo(ReviewDiffer.ABSENT);
        assertThat(added.statedScore().before()).isNull();
        assertThat(added.matrixRows()).extracting(MatrixRowChange::kind).containsOnly(ChangeKind.ADDED).hasSize(2);
        assertThat(added.checklist()).extracting(ChecklistChange::kind).containsOnly(ChecklistChange.Kind.ADDED);
        assertThat(added.newFindings()).hasSize(1);
        assertThat(removed.newPath()).isEqualTo(ReviewDiffer.ABSENT);
        assertThat(removed.metrics()).extracting(MetricChange::kind).containsExactly(ChangeKind.REMOVED);
        assertThat(removed.fixedFindings()).hasSize(1);
    }

    @Test
    void aFindingAboutTheSameSubjectWithOtherNumbersIsChangedNotNewAndFixed() {
        ReviewDiff diff = differ.diff(
                review("a.md")
                        .finding("status-conflict", 14, "\"Stage 2 Test\" is stated done here (✅) but not done at "
                                + "line 79 (⏳), line 112 (⏳)")
                        .finding("score-mismatch", 150, "\"Overall Score\" states 83.5% but the matrix gives 85.65")
                        .build(),
                review("b.md")
                        .finding("status-conflict", 15, "\"Stage 2 Test\" is stated done here (✅) but not done at "
                                + "line 80 (⏳)")
                        .finding("status-conflict", 16, "\"Stage 3 Test\" is stated done here (✅) but not done at "
                                + "line 81 (⏳)")
                        .finding("score-mismatch", 150, "\"Overall Score\" states 86% but the matrix gives 87.15")
                        .build());

        assertThat(diff.changedFindings()).extracting(c -> c.before().location().line(),
                c -> c.after().location().line()).containsExactly(tuple(14, 15), tuple(150, 150));
        assertThat(diff.newFindings()).extracting(f -> f.location().line()).containsExactly(16);
        assertThat(diff.fixedFindings()).isEmpty();
        assertThat(diff.failsAt(Severity.ERROR)).as("the new Stage 3 conflict").isTrue();
    }

    @Test
    void messagesStartingWithANumberAreNeverMatchedBySubject() {
        ReviewDiff diff = differ.diff(review("a.md").finding("weights-sum", 1, "90% is not 100%").build(),
                review("b.md").finding("weights-sum", 1, "95% is not 100%").build());

        assertThat(diff.changedFindings()).isEmpty();
        assertThat(diff.newFindings()).hasSize(1);
        assertThat(diff.fixedFindings()).hasSize(1);
    }
}
