package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A risk with its level. */
@JsonClassDescription("A risk with its level. The mark of a risk-level heading is a level, not a status.")
@JsonPropertyOrder({"level", "label", "text", "line"})
public record RiskJson(
        @JsonPropertyDescription("The level as written ('High', 'Medium', 'Высокий'); empty when none.")
        String level,
        @JsonPropertyDescription("The bold label of the item; empty when none.")
        String label,
        @JsonPropertyDescription("The description.")
        String text,
        @JsonPropertyDescription(JsonText.LINE)
        int line) {
}
