package dev.gonogo.cli;

import dev.gonogo.site.SiteException;
import dev.gonogo.source.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into one line on stderr and an exit code; stack traces only with {@code --verbose}. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    ErrorHandler(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        boolean verbose = parseResult.hasMatchedOption("--verbose")
                || (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose"));
        if (ex instanceof InputException || ex instanceof SiteException) {
            err.println("gonogo: " + ex.getMessage());
            if (verbose) {
                ex.printStackTrace(err);
            }
            return ExitCode.INPUT;
        }
        err.println("gonogo: internal error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            ex.printStackTrace(err);
        }
        return ExitCode.INTERNAL;
    }
}
