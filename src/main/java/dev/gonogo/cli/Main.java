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
        subcommands = {ModelCommand.class, SchemaCommand.class, NewCommand.class, DiffCommand.class, BuildCommand.class})
public final class Main implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
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
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler(err));
        cli.setParameterExceptionHandler((ex, cmdArgs) -> {
            err.println("gonogo: " + ex.getMessage());
            err.println("Try 'gonogo " + ex.getCommandLine().getCommandName() + " --help' for usage.");
            return ExitCode.USAGE;
        });
        return cli.execute(args);
    }

    /** Convenience for tests: runs and captures both streams. */
    public static Result capture(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** The outcome of {@link #capture}. */
    public record Result(int exitCode, String out, String err) {
    }
}
