package dev.gonogo.report;

import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Entry;
import dev.gonogo.model.HeaderField;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Problem;
import dev.gonogo.model.Quantity;
import dev.gonogo.model.Quantity.Comparator;
import dev.gonogo.model.Recommendation;
import dev.gonogo.model.Review;
import dev.gonogo.model.Risk;
import dev.gonogo.model.ScoreStatement;
import dev.gonogo.model.Section;
import dev.gonogo.model.SourceInfo;
import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import dev.gonogo.model.Suppression;
import dev.gonogo.model.TestCase;
import dev.gonogo.model.TimelineEntry;
import dev.gonogo.model.ActionItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Reviews built by hand for writer tests, so report tests do not depend on the parser. The first mirrors an
 * excerpt of the seed review (its decision matrix, stated score and a few items, with the seed's line numbers).
 */
public final class SampleReviews {
    public static final Status DONE = new Status("✅", State.DONE);
    public static final Status RUNNING = new Status("⏳", State.IN_PROGRESS);
    public static final Status ATTENTION = new Status("⚠️", State.ATTENTION);

    private SampleReviews() {
    }

    /** An excerpt of the seed: matrix lines 142–148, stated score line 150, two checklist items, two metrics. */
    public static Review seedExcerpt() {
        SourceInfo source = new SourceInfo("reviews/prr-x0tta6bl4-v3.4.0.md", "UTF-8 (repaired: Mac Roman mojibake)",
                false, "LF", true, 12345, 260);
        List<MatrixRow> rows = List.of(
                row("Technical Readiness", DONE, "30%", "30", "95%", "95", "", 144),
                row("Testing", RUNNING, "25%", "25", "85% (stability test running)", "85",
                        "stability test running", 145),
                row("Security", DONE, "20%", "20", "97%", "97", "", 146),
                row("Infrastructure", ATTENTION, "15%", "15", "70% (production cluster needed)", "70",
                        "production cluster needed", 147),
                row("Observability", ATTENTION, "10%", "10", "60% (dashboards needed)", "60", "dashboards needed",
                        148));
        // The scales below are deliberately not normalised (100.00, 8565E-2): the JSON must show plain numbers.
        Matrix matrix = new Matrix("Decision Matrix", 142, List.of("Критерий", "Статус", "Вес", "Оценка"), rows, true,
                new BigDecimal("100.00"), new BigDecimal("100"), new BigDecimal("8565E-2"), null);
        ScoreStatement stated = new ScoreStatement("Overall Score", "83.5", new BigDecimal("83.5"), 1, false,
                new BigDecimal("100"), "Go with conditions", 150, 20);
        List<ChecklistItem> checklist = List.of(
                new ChecklistItem("Code Quality", "✅ Все критичные TODO закрыты", true, DONE,
                        List.of("Go/No-Go Criteria", "Must Have (Критично)", "Technical Readiness"), 101),
                new ChecklistItem("Stability Test", "⏳ RUNNING (завершится Jan 8)", false, RUNNING,
                        List.of("Go/No-Go Criteria", "Must Have (Критично)", "Testing"), 112));
        List<Metric> metrics = List.of(
                new Metric("Throughput", "6,800+ msg/sec",
                        new Quantity("6,800+ msg/sec", Comparator.GE, new BigDecimal("6800"), null, "msg/sec"),
                        null, null, DONE, "Performance Metrics", 34),
                new Metric("MTTD (Mean Time To Detect)", "<20s",
                        new Quantity("<20s", Comparator.LT, new BigDecimal("20"), null, "s"), "<20s",
                        new Quantity("<20s", Comparator.LT, new BigDecimal("20"), null, "s"), DONE,
                        "Reliability Metrics", 39));
        Entry stabilityStatus = new Entry("Статус", "Статус: RUNNING (завершится Jan 8, 00:58 CET)",
                "RUNNING (завершится Jan 8, 00:58 CET)", new Status("RUNNING", State.IN_PROGRESS), null, null, "",
                false, 81, List.of());
        Entry condition = new Entry("", "✅ Stability test завершен успешно (Jan 8)",
                "✅ Stability test завершен успешно (Jan 8)", DONE, null, LocalDate.of(2026, 1, 8), "Условия для Go",
                true, 159, List.of());
        Section matrixSection = new Section(2, "Decision Matrix", Status.NONE, 140, 151, List.of(), List.of(),
                List.of());
        return new Review(source, "Production Readiness Review - Go/No-Go Decision", 1,
                List.of(new HeaderField("Дата", "2026-01-10 (планируется)", 2),
                        new HeaderField("Версия", "x0tta6bl4 v3.4.0-fixed2", 3)),
                "x0tta6bl4", "3.4.0-fixed2", LocalDate.of(2026, 1, 10), new Status("⏳", State.IN_PROGRESS),
                List.of(matrixSection), checklist, metrics, matrix, List.of(matrix), stated, List.of(stated),
                new Recommendation("Go Decision (с условиями)", 156, List.of(condition), List.of()),
                List.of(new TestCase("Stability Test", RUNNING, 79, List.of(stabilityStatus))),
                List.of(new TimelineEntry("Jan 9", LocalDate.of(2026, 1, 9), "Failure injection tests", RUNNING, 200)),
                List.of(new Risk("High", "Stability", "24h test not finished", 210)),
                List.of(new ActionItem("Настроить Grafana", ATTENTION, "Before Go Decision (Jan 10)", null, 220)),
                List.of(),
                List.of(new Suppression("encoding", 1, Integer.MAX_VALUE, 5)),
                List.of(new Problem(0, "no front matter; system taken from the 'Версия' field")));
    }

    /** A review with nothing recognisable: empty lists, nulls wherever the model allows them. */
    public static Review empty(String path) {
        return new Review(new SourceInfo(path, "UTF-8", false, "none", false, 0, 0), "", 0, List.of(), null, null,
                null, Status.NONE, List.of(), List.of(), List.of(), null, List.of(), null, List.of(), null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(new Problem(0, "the file is empty")));
    }

    private static MatrixRow row(String criterion, Status status, String weightText, String weight, String scoreText,
                                 String score, String note, int line) {
        return new MatrixRow(criterion, status, weightText, new BigDecimal(weight), scoreText, new BigDecimal(score),
                note, line);
    }
}
