package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gonogo.model.State;

/** A dated step of the timeline. */
@JsonClassDescription("A dated step of the timeline.")
@JsonPropertyOrder({"dateText", "date", "text", "mark", "state", "line"})
public record TimelineEntryJson(
        @JsonPropertyDescription("The date as written.")
        String dateText,
        @JsonPropertyDescription("The date (ISO-8601), or null when it could not be read.")
        @Nullable String date,
        @JsonPropertyDescription("The step as plain text.")
        String text,
        @JsonPropertyDescription(JsonText.MARK)
        String mark,
        @JsonPropertyDescription(JsonText.STATE)
        State state,
        @JsonPropertyDescription(JsonText.LINE)
        int line) {
}
