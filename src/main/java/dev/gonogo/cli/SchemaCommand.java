package dev.gonogo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code gonogo schema}: prints the JSON Schema of the model JSON. */
@Command(name = "schema", mixinStandardHelpOptions = true, footer = ExitCode.HELP,
        description = "Print the JSON Schema (draft 2020-12) of the model JSON.")
final class SchemaCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("schema command is being built (issue 2)");
    }
}
