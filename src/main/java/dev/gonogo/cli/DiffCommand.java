package dev.gonogo.cli;

import dev.gonogo.config.ConfigLoader;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.history.ReviewDiff;
import dev.gonogo.pipeline.ReviewPipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gonogo diff OLD NEW} and {@code gonogo diff --base REV [PATH...]}: what changed in the readiness picture. */
@Command(name = "diff", mixinStandardHelpOptions = true, footer = ExitCode.HELP,
        description = {"Show what changed between two versions of a review: stated and computed score, verdict, "
                + "decision-matrix rows, checklist items (by name, not line), metrics (values, targets newly met "
                + "or missed) and findings (new, fixed, and still present with other numbers or lines).",
                "OLD and NEW are files or REV:path (a file at a git revision; the path is relative to the "
                        + "repository root, or to the current folder when it starts with ./). With --base REV, "
                        + "every review under PATH (default: content) that differs from REV is compared.",
                "Exits 0 unless --fail-on is given and a NEW finding is at least that severe."})
final class DiffCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "OLD NEW | PATH",
            description = "Two versions to compare; with --base, the files or folders to look in.")
    List<String> arguments = List.of();

    @Option(names = "--base", paramLabel = "REV",
            description = "Compare every review changed since this git revision (e.g. origin/main) with the "
                    + "working tree.")
    String base;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). markdown is a pull-request "
                    + "comment within GitHub's 65,536-character limit.")
    DiffFormat format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "none",
            converter = FailThreshold.Converter.class,
            description = "Exit 1 when a NEW finding is at least this severe: error, warning, info, or none "
                    + "(default). Findings the old version already had never fail the diff.")
    FailThreshold failOn;

    @Option(names = "--repo", defaultValue = ".", paramLabel = "DIR",
            description = "A folder inside the git repository that REV refers to (default: the current folder).")
    Path repository;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: gonogo.yml found from the current folder upwards).")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        validateArguments();
        GonogoConfig configuration = new ConfigLoader().resolve(config, Path.of("").toAbsolutePath());
        List<ReviewDiff> diffs;
        try (DiffInputs inputs = new DiffInputs(ReviewPipeline.of(configuration), repository)) {
            diffs = base != null
                    ? inputs.changedSince(base, paths())
                    : List.of(inputs.compare(VersionArgument.parse(arguments.get(0)),
                            VersionArgument.parse(arguments.get(1))));
        }
        PrintWriter out = spec.commandLine().getOut();
        format.writer().write(diffs, out);
        out.flush();
        return diffs.stream().anyMatch(d -> d.failsAt(failOn.orNull())) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private void validateArguments() {
        if (base == null && arguments.size() != 2) {
            throw new ParameterException(spec.commandLine(),
                    "diff needs two versions (OLD NEW), or --base REV [PATH...]; got " + arguments.size());
        }
        if (base != null && base.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--base needs a revision");
        }
    }

    private List<Path> paths() {
        return arguments.isEmpty() ? List.of(Path.of("content")) : arguments.stream().map(Path::of).toList();
    }
}
