package dev.gonogo.report;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the pull request:
 * <pre>
 * ::error file=reviews/a.md,line=150,col=20,title=score-mismatch::Stated score 83.5 …
 * </pre>
 * Related locations follow the message on lines of their own. Values are escaped as the Actions toolkit does:
 * {@code %}, CR and LF everywhere, and also {@code :} and {@code ,} in properties. The summary follows as a plain
 * log line.
 */
public final class GithubReportWriter implements ReportWriter {

    @Override
    public String format() {
        return "github";
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        for (Finding finding : (Iterable<Finding>) result.findings()::iterator) {
            out.write(command(finding));
            out.write('\n');
        }
        out.write(ReportSummary.of(result).sentence());
        out.write('\n');
        out.flush();
    }

    static String command(Finding finding) {
        Location at = finding.location();
        List<String> properties = new ArrayList<>();
        properties.add("file=" + escapeProperty(at.path()));
        if (at.line() > 0) {
            properties.add("line=" + at.line());
            if (at.column() > 0) {
                properties.add("col=" + at.column());
            }
        }
        properties.add("title=" + escapeProperty(finding.rule()));
        StringBuilder message = new StringBuilder(finding.message());
        for (Location related : finding.related()) {
            message.append('\n').append("related: ").append(Locations.describe(related));
            if (!related.message().isEmpty()) {
                message.append(": ").append(related.message());
            }
        }
        return "::" + command(finding.severity()) + " " + String.join(",", properties) + "::"
                + escapeData(message.toString());
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The message after {@code ::}: percent first, so the other escapes are not escaped again. */
    static String escapeData(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as data, and {@code :} and {@code ,} too, which would end the value. */
    static String escapeProperty(String value) {
        return escapeData(value).replace(":", "%3A").replace(",", "%2C");
    }
}
