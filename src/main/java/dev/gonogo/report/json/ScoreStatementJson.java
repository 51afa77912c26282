package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** A place where the document states its overall score. */
@JsonClassDescription("A place where the document states its overall score ('**Overall Score:** **83.5%**', "
        + "a matrix's total row, 'Итоговая оценка: ~70%').")
@JsonPropertyOrder({"label", "valueText", "value", "decimals", "approximate", "scale", "verdict", "line", "column"})
public record ScoreStatementJson(
        @JsonPropertyDescription("The label as written ('Overall Score', 'ИТОГО').")
        String label,
        @JsonPropertyDescription("The number exactly as written ('83.5').")
        String valueText,
        @JsonPropertyDescription("The number.")
        BigDecimal value,
        @JsonPropertyDescription("How many decimals the author wrote: the precision the computed score is compared at.")
        int decimals,
        @JsonPropertyDescription("Written as '~70%', '≈70' or 'около 70%'.")
        boolean approximate,
        @JsonPropertyDescription("The maximum of the scale (100 unless written otherwise, e.g. '8.1/10').")
        BigDecimal scale,
        @JsonPropertyDescription("The verdict written beside it ('Go with conditions'); empty when none.")
        String verdict,
        @JsonPropertyDescription(JsonText.LINE)
        int line,
        @JsonPropertyDescription("1-based column where valueText starts on that line, in UTF-16 code units "
                + "(SARIF's utf16CodeUnits).")
        int column) {
}
