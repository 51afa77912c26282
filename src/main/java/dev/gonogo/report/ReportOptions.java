package dev.gonogo.report;

import java.util.Objects;

/**
 * What the caller knows and the writers cannot find out themselves.
 *
 * @param colour      whether the text format may use ANSI colours; the caller decides (a TTY, and no
 *                    {@code NO_COLOR} in the environment) so that the writers never look at the environment
 * @param linkBase    the URL that review paths are appended to for links to lines in the Markdown report, such as
 *                    {@code https://github.com/OWNER/REPO/blob/COMMIT/}; empty for no links
 * @param toolVersion gonogo's version, written into SARIF; empty to leave it out
 */
public record ReportOptions(boolean colour, String linkBase, String toolVersion) {

    public ReportOptions {
        Objects.requireNonNull(linkBase, "linkBase");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** No colour, no links, no version: the plain, reproducible default. */
    public static ReportOptions defaults() {
        return new ReportOptions(false, "", "");
    }

    public ReportOptions withColour(boolean enabled) {
        return new ReportOptions(enabled, linkBase, toolVersion);
    }

    public ReportOptions withLinkBase(String base) {
        return new ReportOptions(colour, base, toolVersion);
    }

    public ReportOptions withToolVersion(String version) {
        return new ReportOptions(colour, linkBase, version);
    }
}
