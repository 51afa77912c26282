package dev.gonogo.site.page;

import dev.gonogo.chart.RenderedChart;
import java.util.List;
import java.util.Objects;

/**
 * The page of one review ({@code review.ftlh}). Every text in it comes from the review and is escaped by the
 * template, except {@code documentHtml} (sanitised) and the charts' SVG (drawn by our renderer).
 *
 * @param frame        layout data
 * @param header       what the review is
 * @param verdict      the decision the document proposes
 * @param counts       findings by severity
 * @param score        stated against computed score
 * @param charts       charts, each with its data table
 * @param metrics      measured values against their targets
 * @param checklist    task-list items by group
 * @param tests        tests described under their own headings
 * @param timeline     dated steps
 * @param risks        risks with their levels
 * @param actions      action items
 * @param findings     what the rules found
 * @param problems     what the parser could not read
 * @param documentHtml the whole document rendered and sanitised
 * @param files        links to the files beside the page
 * @param history      the review's versions from git ({@link HistoryView#NONE} when the site shows none)
 */
public record ReviewPage(PageFrame frame, Header header, Verdict verdict, SeverityCounts counts, ScorePanel score,
                         List<RenderedChart> charts, List<MetricRow> metrics, List<ChecklistGroup> checklist,
                         List<TestView> tests, List<TimelineRow> timeline, List<RiskRow> risks,
                         List<ActionRow> actions, List<FindingView> findings, List<ProblemView> problems,
                         String documentHtml, Files files, HistoryView history) {
    public ReviewPage {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(documentHtml, "documentHtml");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(history, "history");
        charts = List.copyOf(charts);
        metrics = List.copyOf(metrics);
        checklist = List.copyOf(checklist);
        tests = List.copyOf(tests);
        timeline = List.copyOf(timeline);
        risks = List.copyOf(risks);
        actions = List.copyOf(actions);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    /**
     * What the review is.
     *
     * @param title      the document's title, or its file name
     * @param system     the system, empty when unknown
     * @param systemLink its page, empty when none
     * @param version    the version, empty when unknown
     * @param date       ISO date, empty when unknown
     * @param status     the document's status
     * @param path       the source path as given
     * @param encoding   how the bytes were decoded
     * @param repaired   whether the text needed repair or was not UTF-8
     * @param fields     the header fields as written
     */
    public record Header(String title, String system, String systemLink, String version, String date,
                         StatusView status, String path, String encoding, boolean repaired, List<Field> fields) {
        public Header {
            fields = List.copyOf(fields);
        }
    }

    /** A label and a value with the link to its line. */
    public record Field(String label, String value, String link) {
    }

    /**
     * The decision the document proposes.
     *
     * @param tone           {@code go}, {@code conditional}, {@code no-go} or {@code unknown}
     * @param toneLabel      the tone in the interface language
     * @param recommendation the recommendation as written, empty when none
     * @param statedVerdict  the verdict written beside the score, empty when none
     * @param link           link to the recommendation's line
     * @param conditions     conditions attached to a Go
     * @param noGoCriteria   what would turn it into a No-Go
     */
    public record Verdict(String tone, String toneLabel, String recommendation, String statedVerdict, String link,
                          List<Condition> conditions, List<Condition> noGoCriteria) {
        public Verdict {
            conditions = List.copyOf(conditions);
            noGoCriteria = List.copyOf(noGoCriteria);
        }
    }

    /** A condition or No-Go criterion. */
    public record Condition(String text, StatusView status, String link) {
    }

    /**
     * A measured value.
     *
     * @param group        the heading it stands under
     * @param label        its label
     * @param value        the value as written
     * @param target       the target as written, empty when none
     * @param status       the mark beside the value
     * @param outcome      a {@link dev.gonogo.check.TargetOutcome#id()}
     * @param outcomeLabel the outcome in the interface language
     * @param link         link to its line
     */
    public record MetricRow(String group, String label, String value, String target, StatusView status,
                            String outcome, String outcomeLabel, String link) {
    }

    /** Task-list items under one heading path, with how many are ticked. */
    public record ChecklistGroup(String title, int done, int total, int percent, List<ChecklistRow> items) {
        public ChecklistGroup {
            items = List.copyOf(items);
        }
    }

    /** One task-list item. */
    public record ChecklistRow(String text, String detail, boolean checked, StatusView status, String link) {
    }

    /** A test with its fields. */
    public record TestView(String name, StatusView status, String link, List<TestField> fields) {
        public TestView {
            fields = List.copyOf(fields);
        }
    }

    /** A field of a test; nested items become {@code details}. */
    public record TestField(String label, String value, List<String> details) {
        public TestField {
            details = List.copyOf(details);
        }
    }

    /** A dated step. */
    public record TimelineRow(String date, String text, StatusView status, String link) {
    }

    /** A risk. */
    public record RiskRow(String level, String label, String text, String link) {
    }

    /** An action item. */
    public record ActionRow(String group, String text, StatusView status, String due, String link) {
    }

    /** Something the parser could not read. */
    public record ProblemView(int line, String message, String link) {
    }

    /** Links from the review page to the files beside it. */
    public record Files(String source, String model, String findings, String index) {
    }
}
