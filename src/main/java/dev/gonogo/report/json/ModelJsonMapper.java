package dev.gonogo.report.json;

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
import dev.gonogo.model.Section;
import dev.gonogo.model.SourceInfo;
import dev.gonogo.model.Suppression;
import dev.gonogo.model.TestCase;
import dev.gonogo.model.TimelineEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Maps the internal model to its public DTOs. The only place that knows both shapes: the model may change,
 * the JSON stays. Statuses are flattened into {@code mark} and {@code state}; dates become ISO-8601 text;
 * decimals lose trailing zeros ({@code 85.6500} is written {@code 85.65}).
 */
public final class ModelJsonMapper {

    private ModelJsonMapper() {
    }

    public static ReviewJson toJson(Review review) {
        return new ReviewJson(source(review.source()), review.title(), review.titleLine(),
                list(review.fields(), ModelJsonMapper::field), review.system(), review.version(),
                date(review.date()), review.status().mark(), review.status().state(),
                list(review.sections(), ModelJsonMapper::section), list(review.checklist(), ModelJsonMapper::item),
                list(review.metrics(), ModelJsonMapper::metric), nullable(review.matrix(), ModelJsonMapper::matrix),
                list(review.matrices(), ModelJsonMapper::matrix),
                nullable(review.statedScore(), ModelJsonMapper::score),
                list(review.scoreStatements(), ModelJsonMapper::score),
                nullable(review.recommendation(), ModelJsonMapper::recommendation),
                list(review.tests(), ModelJsonMapper::test), list(review.timeline(), ModelJsonMapper::step),
                list(review.risks(), ModelJsonMapper::risk), list(review.actionItems(), ModelJsonMapper::action),
                list(review.notes(), ModelJsonMapper::entry), list(review.suppressions(), ModelJsonMapper::suppression),
                list(review.problems(), ModelJsonMapper::problem));
    }

    static SourceJson source(SourceInfo s) {
        return new SourceJson(s.path(), s.encoding(), s.bom(), s.lineEnding(), s.repaired(), s.bytes(), s.lines());
    }

    static HeaderFieldJson field(HeaderField f) {
        return new HeaderFieldJson(f.label(), f.value(), f.line());
    }

    static SectionJson section(Section s) {
        return new SectionJson(s.level(), s.title(), s.status().mark(), s.status().state(), s.line(), s.endLine(),
                s.path(), list(s.entries(), ModelJsonMapper::entry), list(s.children(), ModelJsonMapper::section));
    }

    static EntryJson entry(Entry e) {
        return new EntryJson(e.label(), e.text(), e.value(), e.status().mark(), e.status().state(), e.checked(),
                date(e.date()), e.group(), e.ordered(), e.line(), list(e.children(), ModelJsonMapper::entry));
    }

    static ChecklistItemJson item(ChecklistItem i) {
        return new ChecklistItemJson(i.text(), i.detail(), i.checked(), i.status().mark(), i.status().state(),
                i.path(), i.line());
    }

    static MetricJson metric(Metric m) {
        return new MetricJson(m.label(), m.value(), nullable(m.quantity(), ModelJsonMapper::quantity), m.target(),
                nullable(m.targetQuantity(), ModelJsonMapper::quantity), m.status().mark(), m.status().state(),
                m.group(), m.line());
    }

    static QuantityJson quantity(Quantity q) {
        return new QuantityJson(q.text(), q.comparator(), plain(q.number()), plain(q.outOf()), q.unit());
    }

    static MatrixJson matrix(Matrix m) {
        return new MatrixJson(m.title(), m.line(), m.headers(), list(m.rows(), ModelJsonMapper::row), m.weighted(),
                plain(m.weightTotal()), plain(m.scale()), plain(m.computedScore()),
                nullable(m.total(), ModelJsonMapper::score));
    }

    static MatrixRowJson row(MatrixRow r) {
        return new MatrixRowJson(r.criterion(), r.status().mark(), r.status().state(), r.weightText(),
                plain(r.weight()), r.scoreText(), plain(r.score()), r.note(), r.line());
    }

    static ScoreStatementJson score(ScoreStatement s) {
        return new ScoreStatementJson(s.label(), s.valueText(), plain(s.value()), s.decimals(), s.approximate(),
                plain(s.scale()), s.verdict(), s.line(), s.column());
    }

    static RecommendationJson recommendation(Recommendation r) {
        return new RecommendationJson(r.text(), r.line(), list(r.conditions(), ModelJsonMapper::entry),
                list(r.noGoCriteria(), ModelJsonMapper::entry));
    }

    static TestCaseJson test(TestCase t) {
        return new TestCaseJson(t.name(), t.status().mark(), t.status().state(), t.line(),
                list(t.fields(), ModelJsonMapper::entry));
    }

    static TimelineEntryJson step(TimelineEntry t) {
        return new TimelineEntryJson(t.dateText(), date(t.date()), t.text(), t.status().mark(), t.status().state(),
                t.line());
    }

    static RiskJson risk(Risk r) {
        return new RiskJson(r.level(), r.label(), r.text(), r.line());
    }

    static ActionItemJson action(ActionItem a) {
        return new ActionItemJson(a.text(), a.status().mark(), a.status().state(), a.group(), date(a.due()),
                a.line());
    }

    static SuppressionJson suppression(Suppression s) {
        // The model says "to the end of the file" with Integer.MAX_VALUE; the public format says it with null.
        Integer to = s.toLine() == Integer.MAX_VALUE ? null : s.toLine();
        return new SuppressionJson(s.rule(), s.fromLine(), to, s.line());
    }

    static ProblemJson problem(Problem p) {
        return new ProblemJson(p.line(), p.message());
    }

    /** The value without trailing zeros, so the JSON shows the number and not the internal scale. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        // stripTrailingZeros turns 100 into 1E+2; keep integers at scale 0 so no exponent can appear.
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static <T, R> R nullable(T value, Function<T, R> mapper) {
        return value == null ? null : mapper.apply(value);
    }

    private static <T, R> List<R> list(List<T> values, Function<T, R> mapper) {
        return values.stream().map(mapper).toList();
    }
}
