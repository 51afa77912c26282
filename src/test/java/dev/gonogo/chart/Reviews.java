package dev.gonogo.chart;

import dev.gonogo.check.ReviewResult;
import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Quantity;
import dev.gonogo.model.Quantity.Comparator;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import dev.gonogo.model.SourceInfo;
import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reviews built by hand from the model records, read off the seed document {@code prr-x0tta6bl4-v3.4.0.md}
 * (the parser is written concurrently; these fixtures do not depend on it).
 */
final class Reviews {

    static final Status DONE = Status.of("✅", State.DONE);
    static final Status NONE = Status.NONE;

    private Reviews() {
    }

    /** The seed review: its decision matrix, checklist and metrics. */
    static Review seed() {
        return review(seedMatrix(), stated("83.5", "100", "Go with conditions"), seedChecklist(), seedMetrics());
    }

    static ReviewResult seedResult() {
        return new ReviewResult(seed(), List.of());
    }

    static Review review(Matrix matrix, ScoreStatement stated, List<ChecklistItem> checklist, List<Metric> metrics) {
        List<Matrix> matrices = matrix == null ? List.of() : List.of(matrix);
        Matrix decision = matrix != null && matrix.weighted() ? matrix : null;
        return new Review(new SourceInfo("content/prr.md", "UTF-8", false, "LF", false, 0, 0),
                "Production Readiness Review - Go/No-Go Decision", 1, List.of(), "x0tta6bl4", "3.4.0-fixed2", null,
                NONE, List.of(), checklist, metrics, decision, matrices, stated,
                stated == null ? List.of() : List.of(stated), null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    static Review empty() {
        return review(null, null, List.of(), List.of());
    }

    /** The seed's matrix: 30/95, 25/85, 20/97, 15/70, 10/60 → 28.5 + 21.25 + 19.4 + 10.5 + 6 = 85.65. */
    static Matrix seedMatrix() {
        List<MatrixRow> rows = List.of(
                row("Technical Readiness", "30", "95", 144),
                row("Testing", "25", "85", 145),
                row("Security", "20", "97", 146),
                row("Infrastructure", "15", "70", 147),
                row("Observability", "10", "60", 148));
        return new Matrix("Decision Matrix", 142, List.of("Критерий", "Статус", "Вес", "Оценка"), rows, true,
                new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("85.65"), null);
    }

    static MatrixRow row(String criterion, String weight, String score, int line) {
        return new MatrixRow(criterion, DONE, weight == null ? "" : weight + "%",
                weight == null ? null : new BigDecimal(weight), score == null ? "" : score + "%",
                score == null ? null : new BigDecimal(score), "", line);
    }

    static ScoreStatement stated(String value, String scale, String verdict) {
        return new ScoreStatement("Overall Score", value, new BigDecimal(value), 1, false, new BigDecimal(scale),
                verdict, 150, 22);
    }

    static List<ChecklistItem> seedChecklist() {
        List<ChecklistItem> items = new ArrayList<>();
        group(items, "Must Have (Критично)", "Technical Readiness", 5, 0);
        group(items, "Must Have (Критично)", "Testing", 4, 2);
        group(items, "Must Have (Критично)", "Infrastructure", 4, 2);
        group(items, "Should Have (Желательно)", "Observability", 1, 3);
        group(items, "Should Have (Желательно)", "Operations", 3, 2);
        return items;
    }

    static void group(List<ChecklistItem> items, String level, String category, int done, int open) {
        for (int i = 0; i < done + open; i++) {
            items.add(new ChecklistItem(category + " item " + i, "", i < done, NONE,
                    List.of("Production Readiness Review - Go/No-Go Decision", "Go/No-Go Criteria", level, category),
                    100 + items.size()));
        }
    }

    /** Performance, reliability and security metrics of the seed: three with a target, all met. */
    static List<Metric> seedMetrics() {
        return List.of(
                metric("Error Rate", "<1%", q(Comparator.LT, "1", "%"), null, null),
                metric("Response Time (p95)", "<500ms", q(Comparator.LT, "500", "ms"), null, null),
                metric("Throughput", "6,800+ msg/sec", q(Comparator.GE, "6800", "msg/sec"), null, null),
                metric("Latency (p95)", "<100ms", q(Comparator.LT, "100", "ms"), null, null),
                metric("Memory per node", "<2.4MB", q(Comparator.LT, "2.4", "MB"), null, null),
                metric("MTTD (Mean Time To Detect)", "<20s", q(Comparator.LT, "20", "s"), "<20s",
                        q(Comparator.LT, "20", "s")),
                metric("MTTR (Mean Time To Recover)", "<3min", q(Comparator.LT, "3", "min"), "<3min",
                        q(Comparator.LT, "3", "min")),
                metric("Mesh Convergence", "<2.3s", q(Comparator.LT, "2.3", "s"), "<2.3s",
                        q(Comparator.LT, "2.3", "s")),
                metric("Security Score", "97%", q(Comparator.EQ, "97", "%"), null, null));
    }

    static Metric metric(String label, String value, Quantity quantity, String target, Quantity targetQuantity) {
        return new Metric(label, value, quantity, target, targetQuantity, DONE, "Performance Metrics", 30);
    }

    static Quantity q(Comparator comparator, String number, String unit) {
        return new Quantity(comparator.symbol() + number + unit, comparator, new BigDecimal(number), null, unit);
    }
}
