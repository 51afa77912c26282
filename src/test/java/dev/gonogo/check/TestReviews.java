package dev.gonogo.check;

import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Entry;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import dev.gonogo.model.Section;
import dev.gonogo.model.SourceInfo;
import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import dev.gonogo.model.Suppression;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds review models by hand for rule tests that must not depend on the parser. */
public final class TestReviews {

    public static final Status DONE = Status.of("✅", State.DONE);
    public static final Status RUNNING = Status.of("⏳", State.IN_PROGRESS);
    public static final Status WARN = Status.of("⚠️", State.ATTENTION);

    private SourceInfo source = new SourceInfo("review.md", "UTF-8", false, "LF", false, 100, 10);
    private final List<Matrix> matrices = new ArrayList<>();
    private final List<ScoreStatement> statements = new ArrayList<>();
    private final List<Metric> metrics = new ArrayList<>();
    private final List<ChecklistItem> checklist = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();
    private LocalDate date;

    public static TestReviews review() {
        return new TestReviews();
    }

    public static BigDecimal dec(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /** A matrix from "weight:score" pairs, rows starting at {@code line + 2}. */
    public static Matrix matrix(int line, String scale, String... weightScore) {
        List<MatrixRow> rows = new ArrayList<>();
        boolean weighted = weightScore.length > 0 && weightScore[0].contains(":");
        BigDecimal total = weighted ? BigDecimal.ZERO : null;
        for (int i = 0; i < weightScore.length; i++) {
            String[] parts = weightScore[i].split(":");
            String weight = weighted ? parts[0] : "";
            String score = weighted ? parts[1] : parts[0];
            BigDecimal w = number(weight);
            if (weighted && w != null && total != null) {
                total = total.add(w);
            } else if (weighted) {
                total = null;
            }
            rows.add(new MatrixRow("Criterion " + (i + 1), Status.NONE, weight, w, score, number(score), "",
                    line + 2 + i));
        }
        return new Matrix("Decision Matrix", line, List.of("Criterion", "Weight", "Score"), rows, weighted, total,
                dec(scale), null, null);
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static ScoreStatement statement(String valueText, int line) {
        return statement(valueText, line, false, "100");
    }

    public static ScoreStatement statement(String valueText, int line, boolean approximate, String scale) {
        BigDecimal value = new BigDecimal(valueText.replace(',', '.'));
        return new ScoreStatement("Overall Score", valueText, value, Math.max(value.scale(), 0), approximate,
                dec(scale), "", line, 20);
    }

    public TestReviews source(SourceInfo info) {
        this.source = info;
        return this;
    }

    public TestReviews date(LocalDate value) {
        this.date = value;
        return this;
    }

    public TestReviews matrix(Matrix matrix) {
        matrices.add(matrix);
        return this;
    }

    public TestReviews stated(ScoreStatement statement) {
        statements.add(statement);
        return this;
    }

    public TestReviews metric(Metric metric) {
        metrics.add(metric);
        return this;
    }

    public TestReviews checklist(ChecklistItem item) {
        checklist.add(item);
        return this;
    }

    public TestReviews section(Section section) {
        sections.add(section);
        return this;
    }

    public TestReviews suppress(Suppression suppression) {
        suppressions.add(suppression);
        return this;
    }

    public static Entry entry(String label, String text, Status status, int line) {
        return new Entry(label, text, text, status, null, null, "", false, line, List.of());
    }

    public Review build() {
        Matrix decision = matrices.stream().filter(Matrix::weighted).findFirst().orElse(null);
        return new Review(source, "Review", 1, List.of(), null, null, date, Status.NONE, sections, checklist,
                metrics, decision, matrices, statements.isEmpty() ? null : statements.get(0), statements, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), suppressions, List.of());
    }
}
