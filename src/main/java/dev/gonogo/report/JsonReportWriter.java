package dev.gonogo.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.report.json.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Findings as JSON for scripts:
 * <pre>
 * {"findings": [{"rule", "severity", "message", "path", "line", "column",
 *                "related": [{"path", "line", "message"}]}],
 *  "summary": {"files", "findings", "errors", "warnings", "info"}}
 * </pre>
 * Line and column are 0 when unknown; findings in path, line, column, rule order.
 */
public final class JsonReportWriter implements ReportWriter {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        List<FindingJson> findings = result.findings().map(JsonReportWriter::finding).toList();
        ReportSummary summary = ReportSummary.of(result);
        Json.write(new ReportJson(findings, new SummaryJson(summary.files(), summary.findings(), summary.errors(),
                summary.warnings(), summary.info())), out);
    }

    private static FindingJson finding(Finding f) {
        Location at = f.location();
        return new FindingJson(f.rule(), f.severity().id(), f.message(), at.path(), at.line(), at.column(),
                f.related().stream().map(r -> new RelatedJson(r.path(), r.line(), r.message())).toList());
    }

    /** The whole report. */
    @JsonPropertyOrder({"findings", "summary"})
    record ReportJson(List<FindingJson> findings, SummaryJson summary) {
    }

    /** One finding. */
    @JsonPropertyOrder({"rule", "severity", "message", "path", "line", "column", "related"})
    record FindingJson(String rule, String severity, String message, String path, int line, int column,
                       List<RelatedJson> related) {
    }

    /** Another place that takes part in a finding. */
    @JsonPropertyOrder({"path", "line", "message"})
    record RelatedJson(String path, int line, String message) {
    }

    /** The counts. */
    @JsonPropertyOrder({"files", "findings", "errors", "warnings", "info"})
    record SummaryJson(int files, long findings, long errors, long warnings, long info) {
    }
}
