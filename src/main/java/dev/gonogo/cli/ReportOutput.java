package dev.gonogo.cli;

import dev.gonogo.check.CheckResult;
import dev.gonogo.report.ReportOptions;
import dev.gonogo.report.ReportWriter;
import dev.gonogo.report.ReportWriters;
import dev.gonogo.source.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes one check result in every format asked for, each to standard output or to its file. */
final class ReportOutput {

    private final PrintWriter stdout;
    private final Environment environment;
    private final String version;

    ReportOutput(PrintWriter stdout, Environment environment, String version) {
        this.stdout = stdout;
        this.environment = environment;
        this.version = version;
    }

    void write(CheckResult result, List<ReportTarget> targets) {
        for (ReportTarget target : targets) {
            boolean toTerminal = target.output == null;
            ReportOptions options = ReportOptions.defaults()
                    .withColour(toTerminal && environment.colour())
                    .withLinkBase(linkBase())
                    .withToolVersion(version);
            ReportWriter writer = ReportWriters.create(target.format, options);
            if (toTerminal) {
                write(writer, result, stdout);
            } else {
                writeFile(writer, result, target.output);
            }
        }
    }

    /** In a GitHub Actions job, Markdown reports link findings to the lines of the commit being checked. */
    private String linkBase() {
        String server = environment.get("GITHUB_SERVER_URL");
        String repository = environment.get("GITHUB_REPOSITORY");
        String sha = environment.get("GITHUB_SHA");
        if (!environment.githubActions() || server.isEmpty() || repository.isEmpty() || sha.isEmpty()) {
            return "";
        }
        return server + "/" + repository + "/blob/" + sha + "/";
    }

    private static void writeFile(ReportWriter writer, CheckResult result, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                write(writer, result, out);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file + ": cannot write the " + writer.format() + " report: " + e.getMessage(),
                    e);
        }
    }

    private static void write(ReportWriter writer, CheckResult result, Writer out) {
        try {
            writer.write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
