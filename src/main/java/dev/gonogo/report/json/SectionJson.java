package dev.gonogo.report.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gonogo.model.State;
import java.util.List;

/** A heading and what stands under it. */
@JsonClassDescription("A heading and what stands under it, as a tree.")
@JsonPropertyOrder({"level", "title", "mark", "state", "line", "endLine", "path", "entries", "children"})
public record SectionJson(
        @JsonPropertyDescription("Heading level, 1–6.")
        int level,
        @JsonPropertyDescription("The heading text without its status mark and decorative emoji.")
        String title,
        @JsonPropertyDescription("The status mark written in the heading; empty when none.")
        String mark,
        @JsonPropertyDescription(JsonText.STATE)
        State state,
        @JsonPropertyDescription("1-based source line of the heading.")
        int line,
        @JsonPropertyDescription("1-based last line that belongs to the section, subsections included.")
        int endLine,
        @JsonPropertyDescription("Titles of the enclosing headings, outermost first.")
        List<String> path,
        @JsonPropertyDescription("The list items directly under the heading, before any subsection.")
        List<EntryJson> entries,
        @JsonPropertyDescription("Subsections.")
        List<SectionJson> children) {
}
