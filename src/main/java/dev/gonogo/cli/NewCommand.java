package dev.gonogo.cli;

import dev.gonogo.cli.ReviewTemplate.Language;
import dev.gonogo.source.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gonogo new [FILE]}: writes a new review from the template; never overwrites a file. */
@Command(name = "new", footer = ExitCode.HELP,
        description = "Write a new review from the default template: sections, a checklist, metrics with targets "
                + "and a decision matrix whose weights total 100 with a matching stated score. It passes "
                + "'gonogo check' as written. Refuses to overwrite an existing file (exit 3).")
final class NewCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "Where to write the review (default: content/<system>-<version>.md).")
    Path file;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG",
            description = "Template language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = "--system", defaultValue = "My Service", paramLabel = "NAME",
            description = "The system under review (default: ${DEFAULT-VALUE}).")
    String system;

    @Option(names = "--version", defaultValue = "1.0.0", paramLabel = "V",
            description = "The version under review (default: ${DEFAULT-VALUE}).")
    String version;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The review's date (default: today).")
    LocalDate date;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    NewCommand() {
        this(Clock.systemDefaultZone());
    }

    NewCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        requireOneLine("--system", system);
        requireOneLine("--version", version);
        Path target = file != null ? file : Path.of("content", slug(system) + "-" + slug(version) + ".md");
        String review = new ReviewTemplate().render(language, system.strip(), version.strip(),
                date != null ? date : LocalDate.now(clock));
        write(target, review);
        spec.commandLine().getOut().println("Wrote " + ModelCommand.displayPath(target)
                + "; check it with: gonogo check " + ModelCommand.displayPath(target));
        return ExitCode.OK;
    }

    /** Creates the file, failing (rather than truncating) when it already exists. */
    private static void write(Path target, String review) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            Files.writeString(target, review, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new InputException(ModelCommand.displayPath(target)
                    + ": already exists; gonogo new never overwrites a file — choose another name");
        } catch (IOException e) {
            throw new InputException(ModelCommand.displayPath(target) + ": cannot write: " + e.getMessage(), e);
        }
    }

    private void requireOneLine(String option, String value) {
        if (value.isBlank() || value.contains("\n") || value.contains("\r")) {
            throw new ParameterException(spec.commandLine(), option + " must be one non-empty line");
        }
    }

    /** A file-name-safe form: letters and digits kept (any script), everything else a single hyphen. */
    static String slug(String text) {
        String slug = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.]+", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        return slug.isEmpty() ? "review" : slug;
    }
}
