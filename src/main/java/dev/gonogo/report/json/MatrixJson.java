package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/** A table of scored criteria. */
@JsonClassDescription("A table of scored criteria: a weighted decision matrix, or (weighted false) a plain table "
        + "of scores whose total is their average or sum.")
@JsonPropertyOrder({"title", "line", "headers", "rows", "weighted", "weightTotal", "scale", "computedScore", "total"})
public record MatrixJson(
        @JsonPropertyDescription("The heading the table stands under.")
        String title,
        @JsonPropertyDescription("1-based source line of the header row.")
        int line,
        @JsonPropertyDescription("Header cells as written.")
        List<String> headers,
        @JsonPropertyDescription("The criteria, the total row excluded.")
        List<MatrixRowJson> rows,
        @JsonPropertyDescription("Whether the table has a weight column.")
        boolean weighted,
        @JsonPropertyDescription("The sum of the weights in percent, or null when unweighted.")
        @Nullable BigDecimal weightTotal,
        @JsonPropertyDescription("The maximum of the score scale (100, 10, 5 …).")
        BigDecimal scale,
        @JsonPropertyDescription("The weighted score Σ weight% × score / 100 in exact decimals (the plain average "
                + "for an unweighted table), or null when a number is missing.")
        @Nullable BigDecimal computedScore,
        @JsonPropertyDescription("The table's own total row, or null.")
        @Nullable ScoreStatementJson total) {
}
