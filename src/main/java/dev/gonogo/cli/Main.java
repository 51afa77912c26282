package dev.gonogo.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Entry point: {@code gonogo <command>}. Only {@link #main} exits the JVM, so everything else is testable. */
@Command(name = "gonogo",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Parses, checks and publishes production-readiness reviews written in Markdown.",
        footer = ExitCode.HELP,
        // in the order a user meets them: check a review, publish the site, preview it, compare versions, start one
        subcommands = {CheckCommand.class, BuildCommand.class, ServeCommand.class, DiffCommand.class,
                NewCommand.class, RulesCommand.class, ModelCommand.class, SchemaCommand.class})
public final class Main implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: one of " + String.join(", ", spec.subcommands().keySet()));
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs gonogo with the given streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, Environment.system(), args);
    }

    /** Runs gonogo in the given environment (variables, terminal or not): what tests use to set them. */
    public static int run(PrintWriter out, PrintWriter err, Environment environment, String... args) {
        CommandLine cli = new CommandLine(new Main(), new Factory(environment));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler(err));
        cli.setParameterExceptionHandler((ex, cmdArgs) -> {
            err.println("gonogo: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE;
        });
        return cli.execute(args);
    }

    /** Convenience for tests: runs and captures both streams. */
    public static Result capture(String... args) {
        return capture(Environment.system(), args);
    }

    /** Convenience for tests: runs in the given environment and captures both streams. */
    public static Result capture(Environment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(new PrintWriter(out, true), new PrintWriter(err, true), environment, args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Creates the commands that read the environment with it; the others as picocli would. */
    private record Factory(Environment environment) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(environment));
            }
            if (type == BuildCommand.class) {
                return type.cast(new BuildCommand(environment));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** The outcome of {@link #capture}. */
    public record Result(int exitCode, String out, String err) {
    }
}
