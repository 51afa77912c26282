package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gonogo.model.State;

/** A measured value under a metrics heading. */
@JsonClassDescription("A measured value under a heading that names metrics ('- **MTTR:** <3min ✅ (target: <3min)').")
@JsonPropertyOrder({"label", "value", "quantity", "target", "targetQuantity", "mark", "state", "group", "line"})
public record MetricJson(
        @JsonPropertyDescription("The label as written.")
        String label,
        @JsonPropertyDescription("The value as written, status mark and target excluded.")
        String value,
        @JsonPropertyDescription("The number read from the value, or null when it holds none.")
        @Nullable QuantityJson quantity,
        @JsonPropertyDescription("The target as written after 'target:'/'цель:', or null.")
        @Nullable String target,
        @JsonPropertyDescription("The number read from the target, or null.")
        @Nullable QuantityJson targetQuantity,
        @JsonPropertyDescription(JsonText.MARK)
        String mark,
        @JsonPropertyDescription(JsonText.STATE)
        State state,
        @JsonPropertyDescription("The heading the metric stands under.")
        String group,
        @JsonPropertyDescription(JsonText.LINE)
        int line) {
}
