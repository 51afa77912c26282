package dev.gonogo.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gonogo model FILE...}: prints the parsed model as JSON. */
@Command(name = "model", mixinStandardHelpOptions = true, footer = ExitCode.HELP,
        description = "Print the model of review files as JSON (one object for one file, an array for several).")
final class ModelCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Review files (Markdown).")
    List<Path> files;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("model command is being built (issue 2)");
    }
}
