package dev.gonogo.report;

import java.util.List;
import java.util.Locale;

/**
 * The output formats by name: what {@code gonogo check --format NAME} accepts.
 *
 * <ul>
 *   <li>{@code text} — {@code path:line:col: severity: message [rule]}, related lines indented, then a summary;</li>
 *   <li>{@code json} — {@code {"findings": [...], "summary": {...}}};</li>
 *   <li>{@code sarif} — SARIF 2.1.0 for GitHub code scanning and other SARIF viewers;</li>
 *   <li>{@code github} — GitHub Actions workflow commands ({@code ::error file=…}) that annotate the PR;</li>
 *   <li>{@code junit} — JUnit XML, one test suite per file and one test case per rule;</li>
 *   <li>{@code markdown} — a PR comment or job summary: verdicts, stated vs computed scores, findings;</li>
 *   <li>{@code codequality} — GitLab Code Quality JSON.</li>
 * </ul>
 */
public final class ReportWriters {

    /** Every format name, in the order help texts list them. */
    public static final List<String> FORMATS =
            List.of("text", "json", "sarif", "github", "junit", "markdown", "codequality");

    private ReportWriters() {
    }

    /** True when {@code format} names a known format (case-insensitive). */
    public static boolean isKnown(String format) {
        return FORMATS.contains(format.toLowerCase(Locale.ROOT));
    }

    /**
     * The writer for a format.
     *
     * @param format  one of {@link #FORMATS}, case-insensitive
     * @param options colour (text only), link base (markdown only) and tool version (sarif only)
     * @throws IllegalArgumentException for an unknown format, with a message listing the known ones
     */
    public static ReportWriter create(String format, ReportOptions options) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> new TextReportWriter(options.colour());
            case "json" -> new JsonReportWriter();
            case "sarif" -> new SarifReportWriter(options.toolVersion());
            case "github" -> new GithubReportWriter();
            case "junit" -> new JunitReportWriter();
            case "markdown" -> new MarkdownReportWriter(options.linkBase());
            case "codequality" -> new CodeQualityReportWriter();
            default -> throw new IllegalArgumentException(
                    "unknown format '" + format + "' (expected one of " + String.join(", ", FORMATS) + ")");
        };
    }
}
