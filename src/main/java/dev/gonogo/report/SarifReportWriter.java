package dev.gonogo.report;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.Severity;
import dev.gonogo.report.json.Json;
import dev.gonogo.report.sarif.Sarif;
import dev.gonogo.report.sarif.Sarif.ArtifactLocation;
import dev.gonogo.report.sarif.Sarif.Message;
import dev.gonogo.report.sarif.Sarif.MultiformatMessage;
import dev.gonogo.report.sarif.Sarif.PhysicalLocation;
import dev.gonogo.report.sarif.Sarif.Region;
import dev.gonogo.report.sarif.Sarif.ReportingConfiguration;
import dev.gonogo.report.sarif.Sarif.ReportingDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule with its descriptions, help (the
 * failing and the passing example) and default level; every finding as a result pointing at its rule, with its
 * location and related locations. Relative paths become relative URIs against {@code %SRCROOT%}; columns count
 * UTF-16 code units, as Java strings do.
 */
public final class SarifReportWriter implements ReportWriter {
    private static final String SOURCE_ROOT = "%SRCROOT%";

    private final String toolVersion;

    /** @param toolVersion gonogo's version for {@code tool.driver.semanticVersion}; empty to leave it out */
    public SarifReportWriter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < result.rules().size(); i++) {
            ruleIndex.putIfAbsent(result.rules().get(i).id(), i);
        }
        Sarif.ToolComponent driver = new Sarif.ToolComponent("gonogo", toolVersion.isEmpty() ? null : toolVersion,
                result.rules().stream().map(SarifReportWriter::descriptor).toList());
        List<Sarif.Result> results = result.findings().map(f -> result(f, ruleIndex.get(f.rule()))).toList();
        Sarif.Run run = new Sarif.Run(new Sarif.Tool(driver), "utf16CodeUnits", results);
        Json.write(new Sarif.Log(Sarif.SCHEMA, Sarif.VERSION, List.of(run)), out);
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static ReportingDescriptor descriptor(RuleInfo rule) {
        return new ReportingDescriptor(rule.id(), RuleHelp.pascalCase(rule.id()), MultiformatMessage.of(rule.title()),
                MultiformatMessage.of(rule.rationale()),
                new MultiformatMessage(RuleHelp.text(rule), RuleHelp.markdown(rule)),
                new ReportingConfiguration(level(rule.defaultSeverity())));
    }

    /** @param ruleIndex the rule's position in {@code tool.driver.rules}, {@code null} for a rule not listed */
    private static Sarif.Result result(Finding finding, Integer ruleIndex) {
        List<Location> related = finding.related();
        List<Sarif.Location> relatedLocations = related.isEmpty() ? null : IntStream.range(0, related.size())
                .mapToObj(i -> new Sarif.Location(i + 1, physical(related.get(i)), message(related.get(i).message())))
                .toList();
        return new Sarif.Result(finding.rule(), ruleIndex, level(finding.severity()), new Message(finding.message()),
                List.of(new Sarif.Location(null, physical(finding.location()), null)), relatedLocations);
    }

    private static Message message(String text) {
        return text.isEmpty() ? null : new Message(text);
    }

    private static PhysicalLocation physical(Location location) {
        Region region = location.line() <= 0 ? null
                : new Region(location.line(), location.column() > 0 ? location.column() : null);
        return new PhysicalLocation(artifact(location.path()), region);
    }

    /** A relative path becomes a relative URI reference (percent-encoded); an absolute one a file URI. */
    static ArtifactLocation artifact(String path) {
        if (Path.of(path).isAbsolute()) {
            return new ArtifactLocation(Path.of(path).toUri().toASCIIString(), null);
        }
        try {
            return new ArtifactLocation(new URI(null, null, path, null).toASCIIString(), SOURCE_ROOT);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("path cannot be written as a URI: " + path, e);
        }
    }
}
