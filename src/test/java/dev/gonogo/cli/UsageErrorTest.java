package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsageErrorTest {

    @Test
    void noCommandNamesTheCommandsAndPointsToTheHelp() {
        Main.Result result = Main.capture();

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("gonogo: missing command: one of check, build, serve, diff, new, "
                + "rules, model, schema\nTry 'gonogo --help' for usage.\n");
    }

    @Test
    void aWrongOptionOfACommandPointsToThatCommandsHelp() {
        Main.Result result = Main.capture("check", "--format", "yaml", "content");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).startsWith("gonogo: unknown format 'yaml'")
                .endsWith("\nTry 'gonogo check --help' for usage.\n");
    }
}
