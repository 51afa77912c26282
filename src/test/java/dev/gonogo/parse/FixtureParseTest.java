package dev.gonogo.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Quantity.Comparator;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import dev.gonogo.model.Suppression;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Hand-worked expectations for the fixtures in {@code src/test/resources/fixtures/parse/}. */
class FixtureParseTest {

    private static final ReviewParser PARSER = new ReviewParser(Vocabulary.defaults());

    private static Review parse(String fixture) {
        return PARSER.parse(Documents.resource("/fixtures/parse/" + fixture));
    }

    @Test
    void englishReviewHeaderFromFrontMatterAndFields() {
        Review review = parse("english-review.md");
        assertThat(review.title()).isEqualTo("Checkout Service 2.7 — Production Readiness Review");
        assertThat(review.titleLine()).isEqualTo(7);
        assertThat(review.system()).isEqualTo("checkout-service");
        assertThat(review.version()).isEqualTo("2.7.1");
        assertThat(review.date()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(review.status()).isEqualTo(new Status("🟡", State.ATTENTION));
        assertThat(review.fields()).extracting("label", "line").containsExactly(tuple("system", 2),
                tuple("version", 3), tuple("owner", 4), tuple("Date", 9), tuple("Status", 10));
        assertThat(review.problems()).isEmpty();
    }

    @Test
    void englishReviewIndicatorsAreMetrics() {
        Review review = parse("english-review.md");
        assertThat(review.metrics()).extracting(Metric::label).containsExactly("Availability (30d)", "p99 latency",
                "Error budget burn", "Peak throughput", "Conversion rate");
        Metric availability = review.metrics().get(0);
        assertThat(availability.value()).isEqualTo("99.95%");
        assertThat(availability.target()).isEqualTo("≥99.9%");
        assertThat(availability.targetQuantity().comparator()).isEqualTo(Comparator.GE);
        Metric latency = review.metrics().get(1);
        assertThat(latency.quantity().number()).isEqualByComparingTo("180");
        assertThat(latency.quantity().unit()).isEqualTo("ms");
        assertThat(latency.targetQuantity().comparator()).isEqualTo(Comparator.LT);
        Metric burn = review.metrics().get(2);
        assertThat(burn.quantity().comparator()).isEqualTo(Comparator.APPROX);
        assertThat(burn.quantity().number()).isEqualByComparingTo("0.4");
        assertThat(burn.status().state()).isEqualTo(State.ATTENTION);
        assertThat(review.metrics().get(3).quantity().number()).isEqualByComparingTo("1250");
        assertThat(review.metrics().get(3).quantity().unit()).isEqualTo("req/s");
        assertThat(review.metrics().get(4).quantity().number()).isEqualByComparingTo("30.5");
    }

    @Test
    void englishReviewChecklistMatrixAndScore() {
        Review review = parse("english-review.md");
        assertThat(review.checklist()).extracting("text", "checked").containsExactly(
                tuple("Failover drill", true), tuple("Load test", true), tuple("Chaos test", false),
                tuple("Dashboards reviewed by SRE", true), tuple("Runbook", false));
        assertThat(review.checklist()).extracting(ChecklistItem::status).containsExactly(
                new Status("PASSED", State.DONE), new Status("✅", State.DONE), new Status("⏳", State.IN_PROGRESS),
                new Status("[x]", State.DONE), new Status("❌", State.FAILED));
        assertThat(review.checklist().get(0).path()).containsExactly("Readiness Checklist", "Reliability");
        Matrix matrix = review.matrix();
        assertThat(matrix.rows()).extracting("criterion", "weight", "score").containsExactly(
                tuple("Reliability", new BigDecimal("40"), new BigDecimal("90")),
                tuple("Security", new BigDecimal("30"), new BigDecimal("80")),
                tuple("Operations", new BigDecimal("30"), new BigDecimal("70")));
        assertThat(matrix.computedScore()).isEqualByComparingTo("81");
        ScoreStatement stated = review.statedScore();
        assertThat(stated.value()).isEqualByComparingTo("81");
        assertThat(stated.approximate()).isTrue();
        assertThat(stated.verdict()).isEqualTo("Go with conditions");
        assertThat(stated.column()).isEqualTo("**Overall Score:** ~".length() + 1);
    }

    @Test
    void englishReviewRecommendationRisksTimelineActions() {
        Review review = parse("english-review.md");
        assertThat(review.recommendation().text()).isEqualTo("Go, after the runbook is complete");
        assertThat(review.recommendation().conditions()).extracting("group", "line")
                .containsExactly(tuple("Conditions", 51), tuple("Conditions", 52));
        assertThat(review.recommendation().noGoCriteria()).extracting("group", "line")
                .containsExactly(tuple("No-Go criteria", 55));
        assertThat(review.risks()).extracting("level", "label").containsExactly(
                tuple("High", "Ledger API"), tuple("Low", "Feature flags"));
        assertThat(review.timeline()).extracting("dateText", "date", "status").containsExactly(
                tuple("March 4", LocalDate.of(2026, 3, 4), new Status("✅", State.DONE)),
                tuple("March 4", LocalDate.of(2026, 3, 4), new Status("⏳", State.IN_PROGRESS)),
                tuple("March 10, 2026", LocalDate.of(2026, 3, 10), Status.NONE));
        assertThat(review.actionItems()).extracting("group", "due").containsExactly(
                tuple("Action Items", LocalDate.of(2026, 3, 4)), tuple("Action Items", null));
        assertThat(review.suppressions()).containsExactly(new Suppression("score-mismatch", 75, 75, 74));
    }

    @Test
    void matrixColumnsInAnotherOrder() {
        Review review = parse("columns-reordered.md");
        Matrix matrix = review.matrix();
        assertThat(matrix.rows()).extracting("criterion", "weight", "score", "line").containsExactly(
                tuple("Функциональность", new BigDecimal("35"), new BigDecimal("90"), 10),
                tuple("Производительность", new BigDecimal("25"), new BigDecimal("75"), 11),
                tuple("Безопасность", new BigDecimal("20"), new BigDecimal("100"), 12),
                tuple("Эксплуатация", new BigDecimal("20"), new BigDecimal("60"), 13));
        assertThat(matrix.rows()).extracting(r -> r.status().state())
                .containsExactly(State.DONE, State.ATTENTION, State.DONE, State.IN_PROGRESS);
        assertThat(matrix.computedScore()).isEqualTo(new BigDecimal("82.25"));
        assertThat(review.statedScore().value()).isEqualByComparingTo("82.25");
        assertThat(review.statedScore().decimals()).isEqualTo(2);
        assertThat(review.date()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(review.system()).isEqualTo("billing-core");
        assertThat(review.version()).isEqualTo("5.2.0");
    }

    @Test
    void weightsWithoutPercentSigns() {
        Review review = parse("weights-without-percent.md");
        assertThat(review.matrix().weightTotal()).isEqualByComparingTo("100");
        assertThat(review.matrix().computedScore()).isEqualByComparingTo("89");
        assertThat(review.statedScore().valueText()).isEqualTo("89.0");
        assertThat(review.statedScore().decimals()).isEqualTo(1);
    }

    @Test
    void weightsAsFractionsBecomePercent() {
        Matrix matrix = parse("weights-as-fractions.md").matrix();
        assertThat(matrix.rows()).extracting("weightText", "weight").containsExactly(
                tuple("0.40", new BigDecimal("40")), tuple("0.25", new BigDecimal("25")),
                tuple("0.20", new BigDecimal("20")), tuple("0.15", new BigDecimal("15")));
        assertThat(matrix.rows()).extracting(r -> r.score().intValueExact()).containsExactly(95, 100, 70, 80);
        assertThat(matrix.scale()).isEqualByComparingTo("100");
        assertThat(matrix.weightTotal()).isEqualByComparingTo("100");
        assertThat(matrix.computedScore()).isEqualByComparingTo("89");
    }

    @Test
    void tenPointScaleWithTotalRow() {
        Review review = parse("ten-point-scale-with-total.md");
        Matrix matrix = review.matrix();
        assertThat(matrix.scale()).isEqualByComparingTo("10");
        assertThat(matrix.rows()).extracting("criterion").containsExactly("Correctness", "Performance", "Rollback");
        assertThat(matrix.weightTotal()).isEqualByComparingTo("100");
        assertThat(matrix.computedScore()).isEqualTo(new BigDecimal("8.075"));
        ScoreStatement total = matrix.total();
        assertThat(total.label()).isEqualTo("Total");
        assertThat(total.valueText()).isEqualTo("8.1");
        assertThat(total.scale()).isEqualByComparingTo("10");
        assertThat(total.line()).isEqualTo(12);
        assertThat(total.column()).isEqualTo("| **Total** | **100%** | **".length() + 1);
        assertThat(total.verdict()).isEqualTo("🟢 Go");
        assertThat(review.scoreStatements()).containsExactly(total);
        assertThat(review.date()).isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void documentWithoutMatrix() {
        Review review = parse("no-matrix.md");
        assertThat(review.matrix()).isNull();
        assertThat(review.matrices()).isEmpty();
        assertThat(review.statedScore()).isNull();
        assertThat(review.status()).isEqualTo(new Status("✅", State.DONE));
        assertThat(review.checklist()).extracting(ChecklistItem::checked).containsExactly(true, true, false);
        assertThat(review.notes()).extracting("label").containsExactly("Owner", "Rollback");
        assertThat(review.problems()).isEmpty();
    }

    @Test
    void nonNumericWeightIsAProblemAndTheRestIsRead() {
        Review review = parse("non-numeric-weight.md");
        Matrix matrix = review.matrix();
        assertThat(matrix.rows()).extracting("criterion", "weight", "score").containsExactly(
                tuple("Accuracy", new BigDecimal("50"), new BigDecimal("88")),
                tuple("Latency", null, new BigDecimal("70")),
                tuple("Recovery", new BigDecimal("20"), null));
        assertThat(matrix.weightTotal()).isNull();
        assertThat(matrix.computedScore()).isNull();
        assertThat(review.problems()).extracting("line").containsExactly(8, 9);
        assertThat(review.problems().get(0).message()).contains("'high'", "Latency");
        assertThat(review.statedScore().value()).isEqualByComparingTo("80");
    }

    @Test
    void weightColumnWithoutScoreColumnIsAProblem() {
        Review review = parse("missing-score-column.md");
        assertThat(review.matrix().rows()).extracting("criterion").containsExactly("Export accuracy", "Timeliness");
        assertThat(review.matrix().computedScore()).isNull();
        assertThat(review.problems()).extracting("line").containsExactly(5);
        assertThat(review.problems().get(0).message()).contains("no score column");
    }

    @Test
    void unweightedScoresAverage() {
        Review review = parse("unweighted-scores.md");
        Matrix matrix = review.matrix();
        assertThat(matrix.weighted()).isFalse();
        assertThat(matrix.weightTotal()).isNull();
        assertThat(matrix.scale()).isEqualByComparingTo("100");
        assertThat(matrix.computedScore()).isEqualTo(new BigDecimal("81.6666666667"));
        assertThat(review.statedScore().value()).isEqualByComparingTo("82");
        assertThat(review.statedScore().label()).isEqualTo("Overall");
    }

    @Test
    void aTableWithMetricAndValueColumnsListsMetrics() {
        Review review = parse("metrics-table.md");
        assertThat(review.metrics()).extracting("label", "value", "target", "line").containsExactly(
                tuple("Доступность", "99.95%", "≥99.9%", 9), tuple("Задержка p99", "340ms", "<300ms", 10),
                tuple("Ошибки 5xx", "~0.3%", "<0.5%", 11), tuple("Покрытие тестами", "78%", "80%+", 12));
        assertThat(review.metrics()).extracting(m -> m.status().state())
                .containsExactly(State.DONE, State.FAILED, State.DONE, State.ATTENTION);
        Metric latency = review.metrics().get(1);
        assertThat(latency.quantity().number()).isEqualByComparingTo("340");
        assertThat(latency.targetQuantity().comparator()).isEqualTo(Comparator.LT);
        assertThat(review.metrics().get(3).targetQuantity().comparator()).isEqualTo(Comparator.GE);
        assertThat(latency.group()).isEqualTo("Состояние сервиса");
        assertThat(review.matrices()).as("a metrics table is not a matrix").isEmpty();
    }
}
