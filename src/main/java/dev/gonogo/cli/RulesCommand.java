package dev.gonogo.cli;

import dev.gonogo.check.CheckSettings;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.rules.Rules;
import dev.gonogo.config.ConfigLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gonogo rules}: lists every rule with its severity and title. */
@Command(name = "rules", mixinStandardHelpOptions = true, footer = ExitCode.HELP,
        description = {"List the rules 'gonogo check' applies: id, severity and title.",
                "With a configuration (the nearest gonogo.yml, or --config), severities are as configured and "
                        + "disabled rules say off. Details and examples: docs/rules.md."})
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: the nearest "
            + "gonogo.yml from the current folder upwards).")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CheckSettings settings = new ConfigLoader().resolve(config, Path.of("")).checkSettings();
        PrintWriter out = spec.commandLine().getOut();
        int width = Rules.infos().stream().mapToInt(info -> info.id().length()).max().orElse(0);
        for (RuleInfo info : Rules.infos()) {
            String severity = settings.isEnabled(info.id()) ? settings.severityOf(info).id() : "off";
            out.printf(Locale.ROOT, "%-" + width + "s  %-7s  %s%n", info.id(), severity, info.title());
        }
        out.flush();
        return ExitCode.OK;
    }
}
