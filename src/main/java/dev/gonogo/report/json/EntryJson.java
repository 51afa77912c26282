package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gonogo.model.State;
import java.util.List;

/** One list item under a heading. */
@JsonClassDescription("One list item under a heading. A label/value bullet ('- **Uptime:** >99.9%') is a fact: "
        + "its label is set.")
@JsonPropertyOrder({"label", "text", "value", "mark", "state", "checked", "date", "group", "ordered", "line",
        "children"})
public record EntryJson(
        @JsonPropertyDescription("The bold label before a colon, without the colon; empty when none.")
        String label,
        @JsonPropertyDescription("The item's own text as plain text, label and status mark included.")
        String text,
        @JsonPropertyDescription("The text after the label, or the whole text when there is no label.")
        String value,
        @JsonPropertyDescription(JsonText.MARK)
        String mark,
        @JsonPropertyDescription(JsonText.STATE)
        State state,
        @JsonPropertyDescription("For a task-list item whether its box is ticked; null for a plain item.")
        @Nullable Boolean checked,
        @JsonPropertyDescription("The first date written in the item (ISO-8601), or null.")
        @Nullable String date,
        @JsonPropertyDescription("The lead-in paragraph the list stands under; empty when none.")
        String group,
        @JsonPropertyDescription("Whether the item belongs to a numbered list.")
        boolean ordered,
        @JsonPropertyDescription(JsonText.LINE)
        int line,
        @JsonPropertyDescription("Nested items.")
        List<EntryJson> children) {
}
