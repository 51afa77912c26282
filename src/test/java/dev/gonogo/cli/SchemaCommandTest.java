package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gonogo.config.ConfigSchema;
import dev.gonogo.report.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {

    @Test
    void printsTheGeneratedDraft202012SchemaWithATrailingNewline() throws Exception {
        Main.Result result = Main.capture("schema");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).endsWith("}\n");
        JsonNode schema = Json.mapper().readTree(result.out());
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.at("/$defs/Review/required").toString()).contains("\"matrix\"", "\"problems\"");
    }

    @Test
    void withConfigPrintsThePublishedSchemaOfGonogoYml() throws Exception {
        Main.Result result = Main.capture("schema", "--config");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).isEqualTo(Files.readString(Path.of(ConfigSchema.PUBLISHED_PATH)));
    }

    @Test
    void printsTheSameBytesEveryRun() {
        assertThat(Main.capture("schema").out()).isEqualTo(Main.capture("schema").out());
    }

    @Test
    void rejectsArgumentsAsAUsageError() {
        Main.Result result = Main.capture("schema", "extra");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.out()).isEmpty();
    }
}
