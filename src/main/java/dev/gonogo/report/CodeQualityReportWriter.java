package dev.gonogo.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.Severity;
import dev.gonogo.report.json.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * GitLab Code Quality JSON ({@code artifacts:reports:codequality}): an array of issues with description,
 * check name, fingerprint, severity and location. Severities: error → major, warning → minor, info → info.
 * The fingerprint is a SHA-256 of rule, path and message (and a counter for identical findings), so the same
 * finding keeps its fingerprint when lines above it move and GitLab can tell new findings from old ones.
 */
public final class CodeQualityReportWriter implements ReportWriter {

    @Override
    public String format() {
        return "codequality";
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        List<IssueJson> issues = new ArrayList<>();
        for (Finding finding : (Iterable<Finding>) result.findings()::iterator) {
            String identity = finding.rule() + '\u0000' + finding.location().path() + '\u0000' + finding.message();
            int occurrence = seen.merge(identity, 1, Integer::sum);
            issues.add(issue(finding, sha256(identity + '\u0000' + occurrence)));
        }
        Json.write(issues, out);
    }

    private static IssueJson issue(Finding finding, String fingerprint) {
        StringBuilder description = new StringBuilder(finding.message());
        for (Location related : finding.related()) {
            description.append(" Related: ").append(Locations.describe(related));
            if (!related.message().isEmpty()) {
                description.append(" (").append(related.message()).append(')');
            }
            description.append('.');
        }
        Location at = finding.location();
        // Code Quality needs a line; a finding about the whole file points at its first line.
        return new IssueJson(description.toString(), finding.rule(), fingerprint, severity(finding.severity()),
                new LocationJson(at.path(), new LinesJson(Math.max(1, at.line()))));
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** One Code Quality issue. */
    @JsonPropertyOrder({"description", "check_name", "fingerprint", "severity", "location"})
    record IssueJson(String description, @JsonProperty("check_name") String checkName, String fingerprint,
                     String severity, LocationJson location) {
    }

    /** Where the issue is. */
    @JsonPropertyOrder({"path", "lines"})
    record LocationJson(String path, LinesJson lines) {
    }

    /** The first line of the issue. */
    record LinesJson(int begin) {
    }
}
