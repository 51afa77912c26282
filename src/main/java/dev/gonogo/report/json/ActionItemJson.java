package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gonogo.model.State;

/** Something someone has to do. */
@JsonClassDescription("Something someone has to do.")
@JsonPropertyOrder({"text", "mark", "state", "group", "due", "line"})
public record ActionItemJson(
        @JsonPropertyDescription("The action as plain text.")
        String text,
        @JsonPropertyDescription(JsonText.MARK)
        String mark,
        @JsonPropertyDescription(JsonText.STATE)
        State state,
        @JsonPropertyDescription("The heading it stands under.")
        String group,
        @JsonPropertyDescription("The date written in the item (ISO-8601), or null.")
        @Nullable String due,
        @JsonPropertyDescription(JsonText.LINE)
        int line) {
}
