package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Something the parser could not read as intended. */
@JsonClassDescription("Something the parser could not read as intended; parsing goes on after it.")
@JsonPropertyOrder({"line", "message"})
public record ProblemJson(
        @JsonPropertyDescription("1-based source line, 0 for the document as a whole.")
        int line,
        @JsonPropertyDescription("What is wrong, in words an author can act on.")
        String message) {
}
