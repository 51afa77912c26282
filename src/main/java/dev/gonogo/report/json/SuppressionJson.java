package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An inline comment that silences a rule on some lines. */
@JsonClassDescription("An inline comment that silences a rule on some lines "
        + "('<!-- gonogo-disable-next-line score-mismatch -->').")
@JsonPropertyOrder({"rule", "fromLine", "toLine", "line"})
public record SuppressionJson(
        @JsonPropertyDescription("The rule id, or '*' for every rule.")
        String rule,
        @JsonPropertyDescription("First silenced line, 1-based.")
        int fromLine,
        @JsonPropertyDescription("Last silenced line, inclusive; null when the rule is never re-enabled.")
        @Nullable Integer toLine,
        @JsonPropertyDescription("1-based line of the comment itself.")
        int line) {
}
