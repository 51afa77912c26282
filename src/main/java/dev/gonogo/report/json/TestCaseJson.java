package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gonogo.model.State;
import java.util.List;

/** A test described under its own heading. */
@JsonClassDescription("A test described under its own heading ('### 3. Stability Test ⏳') with its fields.")
@JsonPropertyOrder({"name", "mark", "state", "line", "fields"})
public record TestCaseJson(
        @JsonPropertyDescription("The test's name, numbering and status mark removed.")
        String name,
        @JsonPropertyDescription("The mark written in the heading, or in a status field when the heading has none.")
        String mark,
        @JsonPropertyDescription(JsonText.STATE)
        State state,
        @JsonPropertyDescription("1-based source line of the heading.")
        int line,
        @JsonPropertyDescription("The items under the heading (Дата, Результат, Статус …).")
        List<EntryJson> fields) {
}
