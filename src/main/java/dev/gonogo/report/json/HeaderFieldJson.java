package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A header field of the document. */
@JsonClassDescription("A header field such as '**Дата:** 2026-01-10' or a front-matter key.")
@JsonPropertyOrder({"label", "value", "line"})
public record HeaderFieldJson(
        @JsonPropertyDescription("The label as written, without the colon.")
        String label,
        @JsonPropertyDescription("The value as written.")
        String value,
        @JsonPropertyDescription("1-based source line.")
        int line) {
}
