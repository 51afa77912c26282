package dev.gonogo.cli;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.config.ConfigLoader;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.fix.AtomicFileWriter;
import dev.gonogo.fix.Edit;
import dev.gonogo.fix.FixPlan;
import dev.gonogo.fix.ScoreFixer;
import dev.gonogo.fix.UnifiedDiff;
import dev.gonogo.pipeline.CheckedFiles;
import dev.gonogo.pipeline.FoundFiles;
import dev.gonogo.pipeline.ReviewFile;
import dev.gonogo.pipeline.ReviewFiles;
import dev.gonogo.pipeline.ReviewPipeline;
import dev.gonogo.pipeline.ScoreFixes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gonogo check [PATH...]}: checks reviews for consistency and reports what it finds. */
@Command(name = "check", mixinStandardHelpOptions = true, footer = ExitCode.HELP, sortOptions = false,
        description = {"Check review files for consistency: weights, stated scores, statuses, metric targets, dates.",
                "Folders are searched for *.md. Several --format/--output pairs write several reports in one run.",
                "gonogo.yml is looked for from the first PATH upwards unless --config names one."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Review files or folders (searched for *.md). Default: content")
    List<Path> paths;

    @ArgGroup(exclusive = false, multiplicity = "0..*", heading = "%nReports:%n")
    List<ReportTarget> reports;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            converter = FailThreshold.Converter.class,
            description = "Exit 1 when a finding is at least this severe: error (default), warning, info, or none.")
    FailThreshold failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: the nearest "
            + "gonogo.yml from the first PATH upwards).")
    Path config;

    @Option(names = "--fix", description = "Rewrite wrong stated scores in place (only the bytes of the number "
            + "change), then report what remains.")
    boolean fix;

    @Option(names = "--dry-run", description = "With --fix: print the changes as a unified diff, write nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    private final Environment environment;

    CheckCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (dryRun && !fix) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dry-run only goes with --fix");
        }
        List<ReportTarget> targets = targets();
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(Path.of("content")) : paths;
        GonogoConfig configuration = new ConfigLoader().resolve(config, inputs.get(0));
        ReviewPipeline pipeline = ReviewPipeline.of(configuration);
        FoundFiles found = ReviewFiles.find(inputs);
        if (!found.ignored().isEmpty()) {
            spec.commandLine().getErr().println("gonogo: " + found.ignoredNotice());
        }
        List<ReviewFile> listed = found.reviews();
        // reports use a review's header, scores and matrices, not its checklist or metrics: keep outlines only
        CheckedFiles checked = pipeline.checkReadable(listed, ReviewResult::outline);
        // a file that cannot be read is said on stderr; the others are still checked and reported
        checked.unreadable().forEach(file -> spec.commandLine().getErr().println("gonogo: " + file.message()));
        List<ReviewFile> files = checked.readable(listed);
        CheckResult result = checked.result();
        if (fix) {
            result = fix(pipeline, configuration, result, files);
        }
        new ReportOutput(spec.commandLine().getOut(), environment, VersionProvider.version()).write(result, targets);
        if (!checked.unreadable().isEmpty()) {
            return ExitCode.INPUT;
        }
        return result.failsAt(failOn.orNull()) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The reports asked for; without any, one on standard output in the format that suits the environment. */
    private List<ReportTarget> targets() {
        if (reports == null || reports.isEmpty()) {
            return List.of(new ReportTarget(environment.githubActions() ? "github" : "text", null));
        }
        for (ReportTarget target : reports) {
            if (!dev.gonogo.report.ReportWriters.isKnown(target.format)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown format '" + target.format
                        + "' (expected one of " + String.join(", ", dev.gonogo.report.ReportWriters.FORMATS) + ")");
            }
        }
        return reports;
    }

    /** Applies (or with --dry-run prints) the score fixes; returns the result to report: the files as they now are. */
    private CheckResult fix(ReviewPipeline pipeline, GonogoConfig configuration, CheckResult result,
                            List<ReviewFile> files) {
        ScoreFixes fixes = new ScoreFixes(pipeline, new ScoreFixer(configuration.tolerance()),
                new AtomicFileWriter());
        List<FixPlan> plans = fixes.plan(result, files);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, ReviewFile> byPath = files.stream()
                .collect(Collectors.toMap(ReviewFile::displayPath, Function.identity(), (a, b) -> a));
        for (FixPlan plan : plans) {
            if (dryRun) {
                out.print(UnifiedDiff.of(plan));
            } else {
                fixes.apply(plan, byPath.get(plan.path()));
                for (Edit edit : plan.edits()) {
                    out.printf(Locale.ROOT, "%s:%d:%d: fixed: stated score %s → %s%n", plan.path(), edit.line(),
                            edit.column(), edit.oldText(), edit.newText());
                }
            }
        }
        out.flush();
        return dryRun || plans.isEmpty() ? result : pipeline.check(files, ReviewResult::outline);
    }
}
