package dev.gonogo.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The part of the SARIF 2.1.0 object model that gonogo fills, one record per SARIF object, named as in the
 * specification. {@code null} properties are left out (SARIF forbids {@code null} where a value is optional);
 * an empty list is written, so an empty {@code results} says "checked, nothing found".
 */
public final class Sarif {
    /** The SARIF version this model follows. */
    public static final String VERSION = "2.1.0";
    /** The schema of that version (errata 01), as the OASIS standard names it. */
    public static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private Sarif() {
    }

    /** The root object: a SARIF log. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"$schema", "version", "runs"})
    public record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    /** One run of one tool. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"tool", "columnKind", "results"})
    public record Run(Tool tool, String columnKind, List<Result> results) {
    }

    /** The tool that produced the run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tool(ToolComponent driver) {
    }

    /** The tool's main component and the rules it knows. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "semanticVersion", "rules"})
    public record ToolComponent(String name, String semanticVersion, List<ReportingDescriptor> rules) {
    }

    /** A rule: its id, descriptions, help and default level. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration"})
    public record ReportingDescriptor(String id, String name, MultiformatMessage shortDescription,
                                      MultiformatMessage fullDescription, MultiformatMessage help,
                                      ReportingConfiguration defaultConfiguration) {
    }

    /** A rule's default settings. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportingConfiguration(String level) {
    }

    /** A text with an optional Markdown rendering. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"text", "markdown"})
    public record MultiformatMessage(String text, String markdown) {
        public static MultiformatMessage of(String text) {
            return new MultiformatMessage(text, null);
        }
    }

    /** A message of a result or a location. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Message(String text) {
    }

    /** One finding. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"ruleId", "ruleIndex", "level", "message", "locations", "relatedLocations"})
    public record Result(String ruleId, Integer ruleIndex, String level, Message message, List<Location> locations,
                         List<Location> relatedLocations) {
    }

    /** A place, with an id and a message when it is a related location. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "physicalLocation", "message"})
    public record Location(Integer id, PhysicalLocation physicalLocation, Message message) {
    }

    /** A file and a region in it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"artifactLocation", "region"})
    public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    /** A file, by URI (relative to the checked-out sources when {@code uriBaseId} is {@code %SRCROOT%}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"uri", "uriBaseId"})
    public record ArtifactLocation(String uri, String uriBaseId) {
    }

    /** Lines and columns, 1-based. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"startLine", "startColumn"})
    public record Region(Integer startLine, Integer startColumn) {
    }
}
