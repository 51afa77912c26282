package dev.gonogo.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A parsed production-readiness review: everything later stages need, each element with its source line.
 * Parsing never fails on bad Markdown; what could not be read is listed in {@code problems}.
 *
 * @param source          where the text came from and how it was decoded
 * @param title           the first heading, or empty
 * @param titleLine       its line, 0 when there is none
 * @param fields          header fields (front matter keys and {@code **Label:** value} lines before the first section)
 * @param system          the system under review, or {@code null} when not derivable
 * @param version         its version, or {@code null}
 * @param date            the document's date, or {@code null}
 * @param status          the document's status as stated in its header
 * @param sections        the heading tree (top-level headings; the title heading's subsections included)
 * @param checklist       every task-list item in document order
 * @param metrics         label/value bullets under metric headings
 * @param matrix          the decision matrix (the first weighted one), or {@code null}
 * @param matrices        every table of scored criteria, the decision matrix included
 * @param statedScore     the overall score as stated (the first statement), or {@code null}
 * @param scoreStatements every place the overall score is stated, the first included
 * @param recommendation  the recommendation, or {@code null}
 * @param tests           tests described under their own headings
 * @param timeline        dated steps
 * @param risks           risks with their levels
 * @param actionItems     action items
 * @param notes           label/value notes
 * @param suppressions    inline rule suppressions
 * @param problems        what could not be read, with positions
 */
public record Review(SourceInfo source, String title, int titleLine, List<HeaderField> fields, String system,
                     String version, LocalDate date, Status status, List<Section> sections,
                     List<ChecklistItem> checklist, List<Metric> metrics, Matrix matrix, List<Matrix> matrices,
                     ScoreStatement statedScore, List<ScoreStatement> scoreStatements,
                     Recommendation recommendation, List<TestCase> tests, List<TimelineEntry> timeline,
                     List<Risk> risks, List<ActionItem> actionItems, List<Entry> notes,
                     List<Suppression> suppressions, List<Problem> problems) {
    public Review {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        fields = List.copyOf(fields);
        sections = List.copyOf(sections);
        checklist = List.copyOf(checklist);
        metrics = List.copyOf(metrics);
        matrices = List.copyOf(matrices);
        scoreStatements = List.copyOf(scoreStatements);
        tests = List.copyOf(tests);
        timeline = List.copyOf(timeline);
        risks = List.copyOf(risks);
        actionItems = List.copyOf(actionItems);
        notes = List.copyOf(notes);
        suppressions = List.copyOf(suppressions);
        problems = List.copyOf(problems);
    }

    public Optional<Matrix> decisionMatrix() {
        return Optional.ofNullable(matrix);
    }

    public Optional<ScoreStatement> stated() {
        return Optional.ofNullable(statedScore);
    }

    /** Every section of the tree, depth first, in document order. */
    public Stream<Section> allSections() {
        return sections.stream().flatMap(Review::flatten);
    }

    private static Stream<Section> flatten(Section section) {
        return Stream.concat(Stream.of(section), section.children().stream().flatMap(Review::flatten));
    }

    /**
     * This review cut down to what summaries and reports use: the header, the heading outline (sections without
     * their entries), the matrices, the score statements, the recommendation, suppressions and problems. The
     * checklist, metrics, tests, timeline, risks, action items and notes are left out: about a quarter of the
     * memory, for commands that hold thousands of reviews at once.
     */
    public Review outline() {
        return new Review(source, title, titleLine, fields, system, version, date, status, headings(sections),
                List.of(), List.of(), matrix, matrices, statedScore, scoreStatements, recommendation, List.of(),
                List.of(), List.of(), List.of(), List.of(), suppressions, problems);
    }

    private static List<Section> headings(List<Section> sections) {
        return sections.stream()
                .map(s -> new Section(s.level(), s.title(), s.status(), s.line(), s.endLine(), s.path(), List.of(),
                        headings(s.children())))
                .toList();
    }
}
