package dev.gonogo.report;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * The default format, for people and for editors' problem matchers:
 * <pre>
 * reviews/a.md:150:20: error: Stated score 83.5 … [score-mismatch]
 *   reviews/a.md:79: related: marked running here
 * 1 file checked: 1 error, 0 warnings, 0 info
 * </pre>
 * A line or column that is unknown is left out ({@code reviews/a.md: warning: …}). Lines of a message after the
 * first are indented. ANSI colours only when the caller asks for them.
 */
public final class TextReportWriter implements ReportWriter {
    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String CYAN = "\u001B[36m";

    private final boolean colour;

    /** @param colour whether to use ANSI colours (the caller checks for a terminal and {@code NO_COLOR}) */
    public TextReportWriter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        for (Finding finding : (Iterable<Finding>) result.findings()::iterator) {
            out.write(describe(finding));
        }
        out.write(paint(BOLD, ReportSummary.of(result).sentence()) + "\n");
        out.flush();
    }

    /** The finding's line and its related lines, each ending with a newline. */
    String describe(Finding finding) {
        StringBuilder text = new StringBuilder(line(finding));
        for (Location related : finding.related()) {
            String note = related.message().isEmpty() ? "related" : "related: " + indent(related.message());
            text.append("  ").append(paint(DIM, Locations.describe(related) + ": " + note)).append('\n');
        }
        return text.toString();
    }

    private String line(Finding finding) {
        return paint(BOLD, Locations.describe(finding.location()) + ":") + " "
                + paint(severityColour(finding.severity()), finding.severity().id() + ":") + " "
                + indent(finding.message()) + " " + paint(DIM, "[" + finding.rule() + "]") + "\n";
    }

    /**
     * Keeps a multi-line message inside its finding (later lines are indented) and replaces other control
     * characters, so text quoted from a review cannot send escape sequences to the terminal.
     */
    private static String indent(String message) {
        return message.strip().replace("\r\n", "\n").replaceAll("[\\p{Cc}&&[^\n\t]]", "\uFFFD")
                .replace("\n", "\n    ");
    }

    private static String severityColour(Severity severity) {
        return switch (severity) {
            case ERROR -> RED + BOLD;
            case WARNING -> YELLOW + BOLD;
            case INFO -> CYAN;
        };
    }

    private String paint(String ansi, String text) {
        return colour ? ansi + text + RESET : text;
    }
}
