package dev.gonogo.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** One {@code --format NAME [--output FILE]} pair of {@code gonogo check}; several may be given. */
final class ReportTarget {

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Report format: text (default; github when GITHUB_ACTIONS=true), json, sarif, github, junit, "
                    + "markdown, codequality. Repeat with --output to write several reports in one run.")
    String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report of the --format before it to FILE instead of standard output.")
    Path output;

    ReportTarget() {
    }

    ReportTarget(String format, Path output) {
        this.format = format;
        this.output = output;
    }
}
