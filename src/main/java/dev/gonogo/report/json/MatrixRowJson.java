package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gonogo.model.State;
import java.math.BigDecimal;

/** One criterion of a decision matrix. */
@JsonClassDescription("One criterion of a decision matrix.")
@JsonPropertyOrder({"criterion", "mark", "state", "weightText", "weight", "scoreText", "score", "note", "line"})
public record MatrixRowJson(
        @JsonPropertyDescription("The criterion name, Markdown emphasis removed.")
        String criterion,
        @JsonPropertyDescription("The status cell as written; empty when the table has no status column.")
        String mark,
        @JsonPropertyDescription(JsonText.STATE)
        State state,
        @JsonPropertyDescription("The weight cell as written.")
        String weightText,
        @JsonPropertyDescription("The weight in percent (a fraction such as 0.30 becomes 30), or null when the cell "
                + "holds no number or the table has no weight column.")
        @Nullable BigDecimal weight,
        @JsonPropertyDescription("The score cell as written.")
        String scoreText,
        @JsonPropertyDescription("The score on the matrix's scale, or null when the cell holds no number.")
        @Nullable BigDecimal score,
        @JsonPropertyDescription("Text in the score cell beside the number; empty when none.")
        String note,
        @JsonPropertyDescription(JsonText.LINE)
        int line) {
}
