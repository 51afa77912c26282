package dev.gonogo.cli;

import dev.gonogo.report.json.ModelSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gonogo schema}: prints the JSON Schema of the model JSON. */
@Command(name = "schema", mixinStandardHelpOptions = true, footer = ExitCode.HELP,
        description = "Print the JSON Schema (draft 2020-12) of the model JSON that 'gonogo model' prints.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ModelSchema.asString());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
