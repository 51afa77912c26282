package dev.gonogo.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Entry;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Quantity.Comparator;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model of the seed review, written by hand from reading {@code prr-x0tta6bl4-v3.4.0.md} (line numbers are
 * the document's own), not dumped from the parser.
 */
class SeedGoldenTest {

    private static final List<String> TECHNICAL = List.of("Go/No-Go Criteria", "Must Have (Критично)",
            "Technical Readiness");

    private static Review review;

    @BeforeAll
    static void parseSeed() {
        review = new ReviewParser(Vocabulary.defaults()).parse(Documents.resource("/seed/prr-x0tta6bl4-v3.4.0.md"));
    }

    @Test
    void header() {
        assertThat(review.title()).isEqualTo("Production Readiness Review - Go/No-Go Decision");
        assertThat(review.titleLine()).isEqualTo(1);
        assertThat(review.fields()).extracting("label", "value", "line").containsExactly(
                tuple("Дата", "2026-01-10 (планируется)", 2),
                tuple("Версия", "x0tta6bl4 v3.4.0-fixed2", 3),
                tuple("Статус", "⏳ В процессе подготовки", 4));
        assertThat(review.system()).isEqualTo("x0tta6bl4");
        assertThat(review.version()).isEqualTo("3.4.0-fixed2");
        assertThat(review.date()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(review.status()).isEqualTo(new Status("⏳", State.IN_PROGRESS));
        assertThat(review.problems()).isEmpty();
    }

    @Test
    void sectionsAreTheHeadingTreeBelowTheTitle() {
        assertThat(review.sections()).extracting("title", "line").containsExactly(
                tuple("Executive Summary", 8), tuple("Текущие Метрики (Jan 7, 2026)", 22),
                tuple("Completed Tests", 59), tuple("Go/No-Go Criteria", 96), tuple("Decision Matrix", 140),
                tuple("Recommendations", 154), tuple("Timeline", 184), tuple("Risk Assessment", 207),
                tuple("Action Items", 224), tuple("Notes", 242));
        assertThat(review.sections().get(2).status()).isEqualTo(new Status("✅", State.DONE));
        assertThat(review.sections().get(0).status()).isEqualTo(Status.NONE);
        assertThat(review.allSections().filter(s -> s.line() == 79).findFirst()).hasValueSatisfying(s -> {
            assertThat(s.title()).isEqualTo("3. Stability Test");
            assertThat(s.status()).isEqualTo(new Status("⏳", State.IN_PROGRESS));
            assertThat(s.path()).containsExactly("Completed Tests");
            assertThat(s.level()).isEqualTo(3);
        });
        assertThat(review.allSections().filter(s -> s.line() == 209).findFirst()).hasValueSatisfying(s -> {
            assertThat(s.title()).isEqualTo("High Risk");
            assertThat(s.status()).as("a risk level's mark is not a status").isEqualTo(Status.NONE);
        });
    }

    @Test
    void executiveSummaryCriteriaStandUnderTheirLeadIn() {
        List<Entry> entries = review.sections().get(0).entries();
        assertThat(entries).hasSize(6).allSatisfy(e -> {
            assertThat(e.group()).isEqualTo("Критерии");
            assertThat(e.status()).isEqualTo(new Status("✅", State.DONE));
        });
        assertThat(entries).extracting(Entry::line).containsExactly(13, 14, 15, 16, 17, 18);
    }

    @Test
    void checklistHas26ItemsOf17Checked() {
        assertThat(review.checklist()).hasSize(26);
        assertThat(review.checklist()).filteredOn(ChecklistItem::checked).hasSize(17);
        assertThat(review.checklist()).extracting(ChecklistItem::line).containsExactly(
                101, 102, 103, 104, 105, 108, 109, 110, 111, 112, 113, 116, 117, 118, 119, 120, 121,
                126, 127, 128, 129, 132, 133, 134, 135, 136);
        ChecklistItem first = review.checklist().get(0);
        assertThat(first.text()).isEqualTo("Code Quality");
        assertThat(first.detail()).isEqualTo("✅ Все критичные TODO закрыты");
        assertThat(first.path()).isEqualTo(TECHNICAL);
        ChecklistItem stability = review.checklist().get(9);
        assertThat(stability.text()).isEqualTo("Stability Test");
        assertThat(stability.checked()).isFalse();
        assertThat(stability.status()).isEqualTo(new Status("⏳", State.IN_PROGRESS));
        assertThat(stability.path()).containsExactly("Go/No-Go Criteria", "Must Have (Критично)", "Testing");
        assertThat(review.checklist().get(25).path())
                .containsExactly("Go/No-Go Criteria", "Should Have (Желательно)", "Operations");
        assertThat(review.checklist().get(25).status()).isEqualTo(new Status("⚠️", State.ATTENTION));
    }

    @Test
    void metrics23Of3WithTargets() {
        assertThat(review.metrics()).hasSize(23);
        assertThat(review.metrics()).extracting(Metric::line).containsExactly(25, 26, 27, 28, 29, 32, 33, 34, 35,
                36, 39, 40, 41, 42, 45, 46, 47, 48, 51, 52, 53, 54, 55);
        assertThat(review.metrics()).filteredOn(m -> m.target() != null)
                .extracting("label", "value", "target", "line").containsExactly(
                        tuple("MTTD (Mean Time To Detect)", "<20s", "<20s", 39),
                        tuple("MTTR (Mean Time To Recover)", "<3min", "<3min", 40),
                        tuple("Mesh Convergence", "<2.3s", "<2.3s", 41));
        Metric mttr = metric(40);
        assertThat(mttr.quantity().comparator()).isEqualTo(Comparator.LT);
        assertThat(mttr.quantity().number()).isEqualByComparingTo("3");
        assertThat(mttr.quantity().unit()).isEqualTo("min");
        assertThat(mttr.targetQuantity().number()).isEqualByComparingTo("3");
        assertThat(mttr.status()).isEqualTo(new Status("✅", State.DONE));
        assertThat(mttr.group()).isEqualTo("Reliability Metrics");
    }

    @Test
    void metricValuesAndQuantities() {
        assertThat(metric(27).value()).isEqualTo("5/5 Running");
        assertThat(metric(27).quantity().number()).isEqualByComparingTo("5");
        assertThat(metric(27).quantity().outOf()).isEqualByComparingTo("5");
        assertThat(metric(28).value()).isEqualTo(">99.9% (stability test running)");
        assertThat(metric(28).quantity().comparator()).isEqualTo(Comparator.GT);
        assertThat(metric(28).quantity().number()).isEqualByComparingTo("99.9");
        assertThat(metric(28).quantity().unit()).isEqualTo("%");
        assertThat(metric(29).value()).isEqualTo("Healthy");
        assertThat(metric(29).status()).isEqualTo(new Status("✅", State.DONE));
        assertThat(metric(33).value()).isEqualTo("<500ms");
        assertThat(metric(34).quantity().number()).isEqualByComparingTo("6800");
        assertThat(metric(34).quantity().comparator()).isEqualTo(Comparator.GE);
        assertThat(metric(34).quantity().unit()).isEqualTo("msg/sec");
        assertThat(metric(25).quantity()).as("a version is not a quantity").isNull();
        assertThat(metric(45).quantity()).as("ML-KEM-768 is a name").isNull();
        assertThat(metric(54).status()).isEqualTo(new Status("⚠️", State.ATTENTION));
        assertThat(metric(54).value()).isEqualTo("Требует настройки");
        assertThat(metric(25).group()).isEqualTo("Deployment Status");
    }

    @Test
    void decisionMatrix() {
        Matrix matrix = review.matrix();
        assertThat(matrix.line()).isEqualTo(142);
        assertThat(matrix.title()).isEqualTo("Decision Matrix");
        assertThat(matrix.headers()).containsExactly("Критерий", "Статус", "Вес", "Оценка");
        assertThat(matrix.weighted()).isTrue();
        assertThat(matrix.rows()).extracting("criterion", "weight", "score", "line").containsExactly(
                tuple("Technical Readiness", new BigDecimal("30"), new BigDecimal("95"), 144),
                tuple("Testing", new BigDecimal("25"), new BigDecimal("85"), 145),
                tuple("Security", new BigDecimal("20"), new BigDecimal("97"), 146),
                tuple("Infrastructure", new BigDecimal("15"), new BigDecimal("70"), 147),
                tuple("Observability", new BigDecimal("10"), new BigDecimal("60"), 148));
        assertThat(matrix.rows()).extracting("note").containsExactly("", "stability test running", "",
                "production cluster needed", "dashboards needed");
        assertThat(matrix.rows()).extracting(r -> r.status().mark()).containsExactly("✅", "⏳", "✅", "⚠️", "⚠️");
        assertThat(matrix.weightTotal()).isEqualByComparingTo("100");
        assertThat(matrix.scale()).isEqualByComparingTo("100");
        assertThat(matrix.computedScore()).isEqualTo(new BigDecimal("85.65"));
        assertThat(matrix.total()).isNull();
        assertThat(review.matrices()).containsExactly(matrix);
    }

    @Test
    void statedScore() {
        ScoreStatement stated = review.statedScore();
        assertThat(stated.label()).isEqualTo("Overall Score");
        assertThat(stated.valueText()).isEqualTo("83.5");
        assertThat(stated.value()).isEqualByComparingTo("83.5");
        assertThat(stated.decimals()).isEqualTo(1);
        assertThat(stated.approximate()).isFalse();
        assertThat(stated.scale()).isEqualByComparingTo("100");
        assertThat(stated.verdict()).isEqualTo("Go with conditions");
        assertThat(stated.line()).isEqualTo(150);
        // "**Overall Score:** **83.5%**": 21 characters precede the number.
        assertThat(stated.column()).isEqualTo(22);
        assertThat(review.scoreStatements()).containsExactly(stated);
    }

    @Test
    void recommendationWithConditionsAndNoGoCriteria() {
        assertThat(review.recommendation().text()).isEqualTo("GO для Beta Launch (Jan 11-12)");
        assertThat(review.recommendation().line()).isEqualTo(165);
        assertThat(review.recommendation().conditions()).extracting("line", "group")
                .containsExactly(tuple(159, "Условия для Go"), tuple(160, "Условия для Go"),
                        tuple(161, "Условия для Go"), tuple(162, "Условия для Go"), tuple(163, "Условия для Go"));
        assertThat(review.recommendation().conditions()).extracting(e -> e.status().state())
                .containsExactly(State.DONE, State.DONE, State.ATTENTION, State.ATTENTION, State.ATTENTION);
        assertThat(review.recommendation().conditions().get(0).ordered()).isTrue();
        assertThat(review.recommendation().conditions().get(0).date()).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(review.recommendation().noGoCriteria()).extracting("line", "text").containsExactly(
                tuple(177, "❌ Stability test failed"), tuple(178, "❌ Failure injection tests failed"),
                tuple(179, "❌ Critical security issues"), tuple(180, "❌ Performance degradation"));
        assertThat(review.recommendation().noGoCriteria()).allSatisfy(e -> {
            assertThat(e.group()).isEqualTo("Критерии для No-Go");
            assertThat(e.status().state()).isEqualTo(State.FAILED);
        });
    }

    @Test
    void reasoningListKeepsItsLeadIn() {
        assertThat(review.allSections().filter(s -> s.line() == 156).findFirst()).hasValueSatisfying(s ->
                assertThat(s.entries()).filteredOn(e -> e.group().equals("Обоснование"))
                        .extracting(Entry::line).containsExactly(168, 169, 170, 171, 172));
    }

    @Test
    void tests() {
        assertThat(review.tests()).extracting("name", "line").containsExactly(
                tuple("Multi-Node Testing", 61), tuple("Load Testing", 70), tuple("Stability Test", 79),
                tuple("Failure Injection Tests", 85));
        assertThat(review.tests()).extracting(t -> t.status().state())
                .containsExactly(State.DONE, State.DONE, State.IN_PROGRESS, State.IN_PROGRESS);
        assertThat(review.tests().get(2).fields()).extracting("label", "line").containsExactly(
                tuple("Дата", 80), tuple("Статус", 81), tuple("Цель", 82), tuple("Текущий статус", 83));
        Entry status = review.tests().get(2).fields().get(1);
        assertThat(status.value()).isEqualTo("RUNNING (завершится Jan 8, 00:58 CET)");
        assertThat(status.status()).isEqualTo(new Status("RUNNING", State.IN_PROGRESS));
        Entry ready = review.tests().get(3).fields().get(1);
        assertThat(ready.status()).as("the first mark decides").isEqualTo(new Status("⏳", State.IN_PROGRESS));
        Entry details = review.tests().get(0).fields().get(2);
        assertThat(details.label()).isEqualTo("Детали");
        assertThat(details.children()).extracting(Entry::line).containsExactly(65, 66, 67, 68);
        assertThat(details.children()).allSatisfy(e -> assertThat(e.group()).isEqualTo("Детали"));
        assertThat(review.tests().get(0).fields().get(0).date()).isEqualTo(LocalDate.of(2026, 1, 7));
    }

    @Test
    void timeline() {
        assertThat(review.timeline()).extracting("line").containsExactly(187, 188, 189, 192, 193, 194, 197, 198,
                199, 202, 203);
        assertThat(review.timeline().get(0).dateText()).isEqualTo("Jan 8, 2026");
        assertThat(review.timeline().get(0).date()).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(review.timeline().get(0).text()).isEqualTo("Stability test завершится (~00:58 CET)");
        assertThat(review.timeline().get(9).dateText()).isEqualTo("Jan 11-12, 2026");
        assertThat(review.timeline().get(9).date()).isEqualTo(LocalDate.of(2026, 1, 11));
        assertThat(review.timeline()).allSatisfy(t -> assertThat(t.status().state()).isEqualTo(State.DONE));
    }

    @Test
    void risks() {
        assertThat(review.risks()).extracting("level", "label", "line").containsExactly(
                tuple("High", "Production Cluster", 210), tuple("High", "Monitoring", 211),
                tuple("Medium", "On-call Rotation", 214), tuple("Medium", "Incident Response", 215),
                tuple("Low", "Technical", 218), tuple("Low", "Security", 219), tuple("Low", "Testing", 220));
        assertThat(review.risks().get(0).text()).isEqualTo("Не настроен (можно решить за 1-2 дня)");
    }

    @Test
    void actionItems() {
        assertThat(review.actionItems()).extracting("group", "line").containsExactly(
                tuple("Before Go Decision (Jan 10)", 227), tuple("Before Go Decision (Jan 10)", 228),
                tuple("Before Go Decision (Jan 10)", 229), tuple("Before Go Decision (Jan 10)", 230),
                tuple("Before Go Decision (Jan 10)", 231), tuple("After Go Decision (Jan 11+)", 234),
                tuple("After Go Decision (Jan 11+)", 235), tuple("After Go Decision (Jan 11+)", 236),
                tuple("After Go Decision (Jan 11+)", 237), tuple("After Go Decision (Jan 11+)", 238));
        assertThat(review.actionItems().get(0).text()).isEqualTo("Завершить stability test (Jan 8)");
        assertThat(review.actionItems().get(0).due()).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(review.actionItems().get(2).status()).isEqualTo(new Status("⚠️", State.ATTENTION));
        assertThat(review.actionItems().get(5).text()).isEqualTo("Beta customer onboarding");
        assertThat(review.actionItems().get(5).status()).isEqualTo(Status.NONE);
        assertThat(review.actionItems().get(5).due()).isNull();
    }

    @Test
    void notes() {
        assertThat(review.notes()).extracting("label", "line").containsExactly(
                tuple("Stability Test", 244), tuple("Failure Injection", 245), tuple("Production Cluster", 246),
                tuple("Monitoring", 247));
        assertThat(review.notes().get(2).value()).isEqualTo("Требует настройки (AWS/GCP/Azure)");
        assertThat(review.notes().get(2).status()).isEqualTo(new Status("Требует настройки", State.ATTENTION));
    }

    @Test
    void noSuppressions() {
        assertThat(review.suppressions()).isEmpty();
    }

    private static Metric metric(int line) {
        return review.metrics().stream().filter(m -> m.line() == line).findFirst().orElseThrow();
    }
}
