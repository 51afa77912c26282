package dev.gonogo.site.page;

import dev.gonogo.check.MetricTargets;
import dev.gonogo.check.TargetOutcome;
import dev.gonogo.chart.RenderedChart;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.model.Entry;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Recommendation;
import dev.gonogo.model.Review;
import dev.gonogo.model.TestCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;

/** Fills a {@link ReviewPage} from a checked review. Pure: the rendered document and charts are passed in. */
public final class ReviewPageBuilder {
    private final Messages msg;
    private final BigDecimal tolerance;

    /**
     * @param msg       interface labels
     * @param tolerance how far an approximate score may be from the computed one, in points of 100
     */
    public ReviewPageBuilder(Messages msg, BigDecimal tolerance) {
        this.msg = msg;
        this.tolerance = tolerance;
    }

    /**
     * The page of a review.
     *
     * @param documentHtml the rendered document, already sanitised
     * @param history      the review's history from git, {@link HistoryView#NONE} outside a repository
     * @param notes        problems of building the page itself (a chart that could not be drawn), shown with
     *                     the parser's problems
     */
    public ReviewPage build(PlannedReview planned, PageFrame frame, List<RenderedChart> charts,
                            String documentHtml, HistoryView history, List<String> notes) {
        ReviewResult result = planned.document().result();
        Review review = result.review();
        ReviewLinks links = planned.links();
        IntFunction<String> line = links::sourceLine;
        return new ReviewPage(frame, header(planned), verdict(review, line), SeverityCounts.of(result),
                new ScorePanelBuilder(links, tolerance).build(review), charts,
                review.metrics().stream().map(m -> metric(m, line)).toList(),
                ChecklistGroups.of(review.checklist(), msg, line),
                review.tests().stream().map(t -> test(t, line)).toList(),
                review.timeline().stream().map(t -> new ReviewPage.TimelineRow(t.dateText(), t.text(),
                        StatusView.of(t.status(), msg), line.apply(t.line()))).toList(),
                review.risks().stream().map(r -> new ReviewPage.RiskRow(r.level(), r.label(), r.text(),
                        line.apply(r.line()))).toList(),
                review.actionItems().stream().map(a -> new ReviewPage.ActionRow(a.group(), a.text(),
                        StatusView.of(a.status(), msg), iso(a.due()), line.apply(a.line()))).toList(),
                result.findings().stream().map(f -> FindingView.of(f, msg, line)).toList(),
                problems(review, line, notes),
                documentHtml, files(frame, links), history);
    }

    /**
     * The page of a review whose page could not be built in full: its header, its problems and findings, and
     * the reason. One broken review must not stop the site.
     */
    public ReviewPage fallback(PlannedReview planned, PageFrame frame, String reason) {
        ReviewResult result = planned.document().result();
        Review review = result.review();
        IntFunction<String> line = planned.links()::sourceLine;
        List<ReviewPage.ProblemView> problems =
                problems(review, line, List.of(msg.format("review.pageIncomplete", reason)));
        return new ReviewPage(frame, header(planned),
                new ReviewPage.Verdict("unknown", msg.text("tone.unknown"), "", "", "", List.of(), List.of()),
                SeverityCounts.of(result),
                new ScorePanel("", "", false, "", "", "", false, "", "", false, List.of(), "", false, "", List.of()),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                result.findings().stream().map(f -> FindingView.of(f, msg, line)).toList(),
                problems, "", files(frame, planned.links()), HistoryView.NONE);
    }

    private ReviewPage.Header header(PlannedReview planned) {
        Review review = planned.review();
        String path = review.source().path();
        String title = review.title().isBlank() ? path.substring(path.lastIndexOf('/') + 1) : review.title();
        List<ReviewPage.Field> fields = review.fields().stream()
                .map(f -> new ReviewPage.Field(f.label(), f.value(), planned.links().sourceLine(f.line())))
                .toList();
        return new ReviewPage.Header(title, orEmpty(review.system()),
                planned.systemPage().isEmpty() ? "" : "../" + planned.systemPage(),
                orEmpty(review.version()), iso(review.date()), StatusView.of(review.status(), msg), path,
                review.source().encoding(), review.source().needsAttention(), fields);
    }

    private ReviewPage.Verdict verdict(Review review, IntFunction<String> line) {
        VerdictTone tone = VerdictTone.of(review);
        Recommendation recommendation = review.recommendation();
        String stated = review.statedScore() == null ? "" : review.statedScore().verdict();
        if (recommendation == null) {
            return new ReviewPage.Verdict(tone.id(), msg.text("tone." + tone.id()), "", stated, "", List.of(),
                    List.of());
        }
        return new ReviewPage.Verdict(tone.id(), msg.text("tone." + tone.id()), recommendation.text(), stated,
                line.apply(recommendation.line()), conditions(recommendation.conditions(), line),
                conditions(recommendation.noGoCriteria(), line));
    }

    private List<ReviewPage.Condition> conditions(List<Entry> entries, IntFunction<String> line) {
        return entries.stream()
                .map(e -> new ReviewPage.Condition(e.text(), StatusView.of(e.status(), msg), line.apply(e.line())))
                .toList();
    }

    private ReviewPage.MetricRow metric(Metric metric, IntFunction<String> line) {
        TargetOutcome outcome = MetricTargets.outcome(metric);
        return new ReviewPage.MetricRow(metric.group(), metric.label(), metric.value(), orEmpty(metric.target()),
                StatusView.of(metric.status(), msg), outcome.id(), msg.text("outcome." + outcome.id()),
                line.apply(metric.line()));
    }

    private ReviewPage.TestView test(TestCase test, IntFunction<String> line) {
        List<ReviewPage.TestField> fields = test.fields().stream()
                .map(f -> new ReviewPage.TestField(f.label(), f.hasLabel() ? f.value() : f.text(),
                        f.children().stream().map(Entry::text).toList()))
                .toList();
        return new ReviewPage.TestView(test.name(), StatusView.of(test.status(), msg), line.apply(test.line()),
                fields);
    }

    private static List<ReviewPage.ProblemView> problems(Review review, IntFunction<String> line,
                                                         List<String> notes) {
        return java.util.stream.Stream.concat(
                review.problems().stream()
                        .map(p -> new ReviewPage.ProblemView(p.line(), p.message(), line.apply(p.line()))),
                notes.stream().map(n -> new ReviewPage.ProblemView(0, n, line.apply(0))))
                .toList();
    }

    private static ReviewPage.Files files(PageFrame frame, ReviewLinks links) {
        return new ReviewPage.Files(links.sourceFile(), links.modelFile(), links.findingsFile(),
                frame.root() + "index.html");
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
