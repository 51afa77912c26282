package dev.gonogo.history;

import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.Severity;
import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Quantity;
import dev.gonogo.model.Recommendation;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import dev.gonogo.model.SourceInfo;
import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds small review models by hand, so the diff is tested independently of the parser. */
public final class ReviewBuilder {
    private final String path;
    private final List<MatrixRow> rows = new ArrayList<>();
    private final List<ChecklistItem> checklist = new ArrayList<>();
    private final List<Metric> metrics = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private ScoreStatement stated;
    private String recommendation = "";
    private int nextLine = 1;

    private ReviewBuilder(String path) {
        this.path = path;
    }

    public static ReviewBuilder review(String path) {
        return new ReviewBuilder(path);
    }

    public ReviewBuilder row(String criterion, String weight, String score) {
        rows.add(new MatrixRow(criterion, Status.NONE, weight + "%", new BigDecimal(weight), score + "%",
                new BigDecimal(score), "", nextLine++));
        return this;
    }

    public ReviewBuilder item(String text, boolean checked, String... path) {
        Status status = checked ? new Status("[x]", State.DONE) : new Status("[ ]", State.NONE);
        checklist.add(new ChecklistItem(text, "", checked, status, List.of(path), nextLine++));
        return this;
    }

    public ReviewBuilder metric(String label, Quantity value, Quantity target) {
        metrics.add(new Metric(label, value.text(), value, target == null ? null : target.text(), target,
                Status.NONE, "Metrics", nextLine++));
        return this;
    }

    public ReviewBuilder stated(String value, String verdict) {
        stated = new ScoreStatement("Overall Score", value, new BigDecimal(value), 1, false, new BigDecimal(100),
                verdict, nextLine++, 1);
        return this;
    }

    public ReviewBuilder recommendation(String text) {
        recommendation = text;
        return this;
    }

    public ReviewBuilder finding(String rule, int line, String message) {
        findings.add(new Finding(rule, Severity.ERROR, message, new Location(path, line, 0, ""), List.of()));
        return this;
    }

    public ReviewBuilder warning(String rule, int line, String message) {
        findings.add(new Finding(rule, Severity.WARNING, message, new Location(path, line, 0, ""), List.of()));
        return this;
    }

    /** A quantity such as {@code <20s}: comparator, number, unit; a bare number for {@code EQ}. */
    public static Quantity q(Quantity.Comparator comparator, String number, String unit) {
        String symbol = comparator == Quantity.Comparator.EQ ? "" : comparator.symbol();
        return new Quantity(symbol + number + unit, comparator, new BigDecimal(number), null, unit);
    }

    public ReviewResult build() {
        Matrix matrix = rows.isEmpty() ? null : new Matrix("Decision Matrix", 1, List.of("Criterion", "Weight",
                "Score"), rows, true, sum(MatrixRow::weight), new BigDecimal(100), weighted(), null);
        Recommendation rec = new Recommendation(recommendation, 1, List.of(), List.of());
        Review review = new Review(new SourceInfo(path, "UTF-8", false, "LF", false, 0, nextLine), "Review", 1,
                List.of(), "sys", "1.0", null, Status.NONE, List.of(), checklist, metrics, matrix,
                matrix == null ? List.of() : List.of(matrix), stated, stated == null ? List.of() : List.of(stated),
                rec, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return new ReviewResult(review, findings);
    }

    private BigDecimal sum(java.util.function.Function<MatrixRow, BigDecimal> value) {
        return rows.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal weighted() {
        return rows.stream().map(r -> r.weight().multiply(r.score()))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(new BigDecimal(100));
    }
}
