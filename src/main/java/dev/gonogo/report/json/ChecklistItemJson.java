package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gonogo.model.State;
import java.util.List;

/** A task-list item. */
@JsonClassDescription("A task-list item ('- [x] **Unit Tests:** ✅ Все проходят').")
@JsonPropertyOrder({"text", "detail", "checked", "mark", "state", "path", "line"})
public record ChecklistItemJson(
        @JsonPropertyDescription("The bold label, or the whole text when there is none.")
        String text,
        @JsonPropertyDescription("The text after the label, status mark included; empty when none.")
        String detail,
        @JsonPropertyDescription("Whether the box is ticked.")
        boolean checked,
        @JsonPropertyDescription("The mark written in the item, or the box itself ([x], [ ]) when there is none.")
        String mark,
        @JsonPropertyDescription(JsonText.STATE)
        State state,
        @JsonPropertyDescription("The headings above the item, outermost first.")
        List<String> path,
        @JsonPropertyDescription(JsonText.LINE)
        int line) {
}
