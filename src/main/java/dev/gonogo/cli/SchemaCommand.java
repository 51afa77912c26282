package dev.gonogo.cli;

import dev.gonogo.config.ConfigSchema;
import dev.gonogo.report.json.ModelSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gonogo schema}: prints the JSON Schema of the model JSON, or with {@code --config} of gonogo.yml. */
@Command(name = "schema", mixinStandardHelpOptions = true, footer = ExitCode.HELP,
        description = {"Print the JSON Schema (draft 2020-12) of the model JSON that 'gonogo model' prints.",
                "With --config, the schema of gonogo.yml instead (also published as docs/gonogo.schema.json)."})
final class SchemaCommand implements Callable<Integer> {

    @Option(names = "--config", description = "Print the schema of the gonogo.yml configuration file.")
    boolean config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(config ? ConfigSchema.asString() : ModelSchema.asString());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
