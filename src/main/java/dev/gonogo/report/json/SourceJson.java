package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Where a review came from and how its bytes were decoded. */
@JsonClassDescription("Where the review came from and how its bytes were turned into text.")
@JsonPropertyOrder({"path", "encoding", "bom", "lineEnding", "repaired", "bytes", "lines"})
public record SourceJson(
        @JsonPropertyDescription("The path as given on the command line, with '/' separators.")
        String path,
        @JsonPropertyDescription("What was detected and repaired, e.g. \"UTF-8\", \"windows-1251\", "
                + "\"UTF-8 (repaired: Mac Roman mojibake)\".")
        String encoding,
        @JsonPropertyDescription("Whether the bytes started with a byte-order mark.")
        boolean bom,
        @JsonPropertyDescription("LF, CRLF, CR, mixed or none.")
        String lineEnding,
        @JsonPropertyDescription("Whether mojibake had to be undone.")
        boolean repaired,
        @JsonPropertyDescription("Size of the file in bytes.")
        long bytes,
        @JsonPropertyDescription("Number of lines of text.")
        int lines) {
}
