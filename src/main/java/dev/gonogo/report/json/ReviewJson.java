package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gonogo.model.State;
import java.util.List;

/**
 * The model of one review as public JSON: the root object printed by {@code gonogo model}. Every property is
 * always written; a value that is absent is {@code null} (only where the schema allows it), an empty text is
 * {@code ""} and an empty list is {@code []}. Numbers are JSON numbers in plain notation.
 */
@JsonClassDescription("The model of one production-readiness review, each element with its 1-based source line. "
        + "Every property is always present; absent values are null where the schema allows it.")
@JsonPropertyOrder({"source", "title", "titleLine", "fields", "system", "version", "date", "mark", "state",
        "sections", "checklist", "metrics", "matrix", "matrices", "statedScore", "scoreStatements",
        "recommendation", "tests", "timeline", "risks", "actionItems", "notes", "suppressions", "problems"})
public record ReviewJson(
        @JsonPropertyDescription("Where the text came from and how it was decoded.")
        SourceJson source,
        @JsonPropertyDescription("The first heading; empty when none.")
        String title,
        @JsonPropertyDescription("Line of the title, 0 when there is none.")
        int titleLine,
        @JsonPropertyDescription("Header fields: front-matter keys and '**Label:** value' lines before the first "
                + "section.")
        List<HeaderFieldJson> fields,
        @JsonPropertyDescription("The system under review, or null when not derivable.")
        @Nullable String system,
        @JsonPropertyDescription("Its version, or null.")
        @Nullable String version,
        @JsonPropertyDescription("The document's date (ISO-8601), or null.")
        @Nullable String date,
        @JsonPropertyDescription("The document's status mark as stated in its header; empty when none.")
        String mark,
        @JsonPropertyDescription("The normalised meaning of the document's status mark.")
        State state,
        @JsonPropertyDescription("The heading tree.")
        List<SectionJson> sections,
        @JsonPropertyDescription("Every task-list item in document order.")
        List<ChecklistItemJson> checklist,
        @JsonPropertyDescription("Label/value bullets under headings that name metrics.")
        List<MetricJson> metrics,
        @JsonPropertyDescription("The decision matrix (the first weighted table of scores), or null.")
        @Nullable MatrixJson matrix,
        @JsonPropertyDescription("Every table of scored criteria, the decision matrix included.")
        List<MatrixJson> matrices,
        @JsonPropertyDescription("The overall score as first stated, or null.")
        @Nullable ScoreStatementJson statedScore,
        @JsonPropertyDescription("Every place the overall score is stated, the first included.")
        List<ScoreStatementJson> scoreStatements,
        @JsonPropertyDescription("The recommendation, or null.")
        @Nullable RecommendationJson recommendation,
        @JsonPropertyDescription("Tests described under their own headings.")
        List<TestCaseJson> tests,
        @JsonPropertyDescription("Dated steps.")
        List<TimelineEntryJson> timeline,
        @JsonPropertyDescription("Risks with their levels.")
        List<RiskJson> risks,
        @JsonPropertyDescription("Action items.")
        List<ActionItemJson> actionItems,
        @JsonPropertyDescription("Label/value notes.")
        List<EntryJson> notes,
        @JsonPropertyDescription("Inline rule suppressions.")
        List<SuppressionJson> suppressions,
        @JsonPropertyDescription("What could not be read, with positions.")
        List<ProblemJson> problems) {
}
