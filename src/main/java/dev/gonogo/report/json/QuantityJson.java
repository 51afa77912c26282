package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gonogo.model.Quantity;
import java.math.BigDecimal;

/** A number read out of free text. */
@JsonClassDescription("A number read out of free text such as '<500ms', '6,800+ msg/sec', '>99.9%' or '5/5'.")
@JsonPropertyOrder({"text", "comparator", "number", "outOf", "unit"})
public record QuantityJson(
        @JsonPropertyDescription("The part of the text the number was read from, as written.")
        String text,
        @JsonPropertyDescription("How the number bounds the value: EQ when written bare, LT for '<', LE for '<=', "
                + "GT for '>', GE for '>=', APPROX for '~'.")
        Quantity.Comparator comparator,
        @JsonPropertyDescription("The number, exact; decimal commas and thousands separators resolved.")
        BigDecimal number,
        @JsonPropertyDescription("The denominator of an 'x/N' form.")
        @Nullable BigDecimal outOf,
        @JsonPropertyDescription("The unit as written after the number ('ms', '%', 'msg/sec'); empty when none.")
        String unit) {
}
