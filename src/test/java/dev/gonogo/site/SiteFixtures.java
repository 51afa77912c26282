package dev.gonogo.site;

import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.Severity;
import dev.gonogo.model.ActionItem;
import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Entry;
import dev.gonogo.model.HeaderField;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Problem;
import dev.gonogo.model.Quantity;
import dev.gonogo.model.Recommendation;
import dev.gonogo.model.Review;
import dev.gonogo.model.Risk;
import dev.gonogo.model.ScoreStatement;
import dev.gonogo.model.SourceInfo;
import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import dev.gonogo.model.TestCase;
import dev.gonogo.model.TimelineEntry;
import dev.gonogo.site.page.ReviewDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Checked reviews built by hand, so the site is tested without the parser and the rules. The seed model mirrors
 * {@code content/prr-x0tta6bl4-v3.4.0.md} with its real line numbers (matrix 142–148, score 150).
 */
public final class SiteFixtures {
    public static final Status DONE = new Status("✅", State.DONE);
    public static final Status RUNNING = new Status("⏳", State.IN_PROGRESS);
    public static final Status ATTENTION = new Status("⚠️", State.ATTENTION);
    public static final Status FAILED = new Status("❌", State.FAILED);
    public static final Path CONTENT = Path.of("content");
    public static final String SEED_FILE = "prr-x0tta6bl4-v3.4.0.md";

    private SiteFixtures() {
    }

    /** The seed review as the parser should read it, with a score-mismatch finding on line 150. */
    public static ReviewDocument seed() {
        List<MatrixRow> rows = List.of(
                row("Technical Readiness", DONE, "30", "95", "", 144),
                row("Testing", RUNNING, "25", "85", "stability test running", 145),
                row("Security", DONE, "20", "97", "", 146),
                row("Infrastructure", ATTENTION, "15", "70", "production cluster needed", 147),
                row("Observability", ATTENTION, "10", "60", "dashboards needed", 148));
        Matrix matrix = new Matrix("Decision Matrix", 142, List.of("Критерий", "Статус", "Вес", "Оценка"), rows,
                true, new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("85.65"), null);
        ScoreStatement stated = new ScoreStatement("Overall Score", "83.5", new BigDecimal("83.5"), 1, false,
                new BigDecimal("100"), "Go with conditions", 150, 22);
        List<String> technical = List.of("Go/No-Go Criteria", "Must Have (Критично)", "Technical Readiness");
        List<String> testing = List.of("Go/No-Go Criteria", "Must Have (Критично)", "Testing");
        List<ChecklistItem> checklist = List.of(
                new ChecklistItem("Code Quality", "✅ Все критичные TODO закрыты", true, DONE, technical, 101),
                new ChecklistItem("Test Coverage", "✅ >90%", true, DONE, technical, 102),
                new ChecklistItem("Unit Tests", "✅ Все проходят", true, DONE, testing, 108),
                new ChecklistItem("Stability Test", "⏳ RUNNING (завершится Jan 8)", false, RUNNING, testing, 112));
        List<Metric> metrics = List.of(
                new Metric("Error Rate", "<1%", quantity("<1%", Quantity.Comparator.LT, "1", "%"), null, null, DONE,
                        "Performance Metrics", 32),
                new Metric("MTTR (Mean Time To Recover)", "<3min",
                        quantity("<3min", Quantity.Comparator.LT, "3", "min"), "<3min",
                        quantity("<3min", Quantity.Comparator.LT, "3", "min"), DONE, "Reliability Metrics", 40));
        Entry condition = new Entry("", "⚠️ Production cluster настроен", "⚠️ Production cluster настроен", ATTENTION,
                null, null, "Условия для Go", true, 161, List.of());
        Entry stabilityStatus = new Entry("Статус", "Статус: RUNNING (завершится Jan 8, 00:58 CET)",
                "RUNNING (завершится Jan 8, 00:58 CET)", new Status("RUNNING", State.IN_PROGRESS), null, null, "",
                false, 81, List.of());
        Review review = new Review(source(SEED_FILE, 254), "Production Readiness Review - Go/No-Go Decision", 1,
                List.of(new HeaderField("Дата", "2026-01-10 (планируется)", 2),
                        new HeaderField("Версия", "x0tta6bl4 v3.4.0-fixed2", 3)),
                "x0tta6bl4", "3.4.0-fixed2", LocalDate.of(2026, 1, 10), RUNNING, List.of(), checklist, metrics,
                matrix, List.of(matrix), stated, List.of(stated),
                new Recommendation("GO для Beta Launch (Jan 11-12)", 165, List.of(condition), List.of()),
                List.of(new TestCase("Stability Test", RUNNING, 79, List.of(stabilityStatus))),
                List.of(new TimelineEntry("Jan 9, 2026", LocalDate.of(2026, 1, 9), "Failure injection tests (30-60 минут)",
                        DONE, 192)),
                List.of(new Risk("High", "Production Cluster", "Не настроен (можно решить за 1-2 дня)", 210)),
                List.of(new ActionItem("Настроить production cluster (Jan 8-9)", ATTENTION,
                        "Before Go Decision (Jan 10)", null, 229)),
                List.of(), List.of(), List.of());
        Finding mismatch = new Finding("score-mismatch", Severity.ERROR,
                "Overall Score states 83.5% but the decision matrix gives 85.65%, which rounds to 85.7%",
                new Location(SEED_FILE, 150, 22, ""), List.of(new Location(SEED_FILE, 142, 0, "decision matrix")));
        return new ReviewDocument(new ReviewResult(review, List.of(mismatch)), read(SEED_FILE));
    }

    /** The earlier version of the seed's system: its matrix agrees with its stated 70.8%. */
    public static ReviewDocument earlier() {
        String file = "prr-x0tta6bl4-v3.3.0.md";
        List<MatrixRow> rows = List.of(
                row("Technical Readiness", ATTENTION, "30", "85", "", 104),
                row("Testing", FAILED, "25", "60", "load test failed", 105),
                row("Security", DONE, "20", "90", "", 106),
                row("Infrastructure", ATTENTION, "15", "55", "", 107),
                row("Observability", ATTENTION, "10", "40", "", 108));
        Matrix matrix = new Matrix("Decision Matrix", 102, List.of("Критерий", "Статус", "Вес", "Оценка"), rows,
                true, new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("70.75"), null);
        ScoreStatement stated = new ScoreStatement("Overall Score", "70.8", new BigDecimal("70.8"), 1, false,
                new BigDecimal("100"), "No-Go", 110, 22);
        Review review = new Review(source(file, 171), "Production Readiness Review - Go/No-Go Decision", 1,
                List.of(), "x0tta6bl4", "3.3.0", LocalDate.of(2025, 12, 15), FAILED, List.of(), List.of(), List.of(),
                matrix, List.of(matrix), stated, List.of(stated), null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        return new ReviewDocument(new ReviewResult(review, List.of()), read(file));
    }

    /** A review whose text tries every trick: it must render inert. */
    public static ReviewDocument hostile(String text) {
        Review review = new Review(source("hostile.md", 20), "Hostile <script>alert(1)</script> ${7*7}", 1,
                List.of(new HeaderField("System", "<img src=x onerror=alert(1)>", 2)), "Evil ${7*7} <#assign x=1>",
                "<b>1.0</b>", null, Status.NONE, List.of(), List.of(), List.of(), null, List.of(), null, List.of(),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Problem(3, "<script>alert('problem')</script>")));
        Finding finding = new Finding("<script>", Severity.WARNING, "<a href=\"javascript:alert(1)\">x</a> ${7*7}",
                new Location("hostile.md", 3, 0, ""), List.of());
        return new ReviewDocument(new ReviewResult(review, List.of(finding)), text);
    }

    /** A review with nothing in it but its path. */
    public static ReviewDocument empty(String path) {
        Review review = new Review(source(path, 0), "", 0, List.of(), null, null, null, Status.NONE, List.of(),
                List.of(), List.of(), null, List.of(), null, List.of(), null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(new Problem(0, "the file is empty")));
        return new ReviewDocument(new ReviewResult(review, List.of()), "");
    }

    /** A copy of a review under another path (for collisions and volume). */
    public static ReviewDocument copy(ReviewDocument document, String path) {
        Review r = document.result().review();
        SourceInfo s = r.source();
        Review moved = new Review(new SourceInfo(path, s.encoding(), s.bom(), s.lineEnding(), s.repaired(),
                s.bytes(), s.lines()), r.title(), r.titleLine(), r.fields(), r.system(), r.version(), r.date(),
                r.status(), r.sections(), r.checklist(), r.metrics(), r.matrix(), r.matrices(), r.statedScore(),
                r.scoreStatements(), r.recommendation(), r.tests(), r.timeline(), r.risks(), r.actionItems(),
                r.notes(), r.suppressions(), r.problems());
        List<Finding> findings = document.result().findings().stream()
                .map(f -> new Finding(f.rule(), f.severity(), f.message(), new Location(path, f.location().line(),
                        f.location().column(), ""), f.related()))
                .toList();
        return new ReviewDocument(new ReviewResult(moved, findings), document.text());
    }

    public static String read(String file) {
        try {
            return Files.readString(CONTENT.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceInfo source(String path, int lines) {
        return new SourceInfo(path, "UTF-8", false, "LF", false, 1000, lines);
    }

    private static MatrixRow row(String criterion, Status status, String weight, String score, String note,
                                 int line) {
        return new MatrixRow(criterion, status, weight + "%", new BigDecimal(weight),
                score + "%" + (note.isEmpty() ? "" : " (" + note + ")"), new BigDecimal(score), note, line);
    }

    private static Quantity quantity(String text, Quantity.Comparator comparator, String number, String unit) {
        return new Quantity(text, comparator, new BigDecimal(number), null, unit);
    }
}
