package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The recommendation and its conditions. */
@JsonClassDescription("What the authors propose, the conditions attached to it and the criteria that would turn it "
        + "into a No-Go. Conditions and no-go criteria state what must hold, not facts.")
@JsonPropertyOrder({"text", "line", "conditions", "noGoCriteria"})
public record RecommendationJson(
        @JsonPropertyDescription("The recommendation as written; empty when none.")
        String text,
        @JsonPropertyDescription("1-based line of the recommendation, or of its section when no sentence states it.")
        int line,
        @JsonPropertyDescription("The conditions attached to the decision.")
        List<EntryJson> conditions,
        @JsonPropertyDescription("The criteria for a No-Go decision.")
        List<EntryJson> noGoCriteria) {
}
