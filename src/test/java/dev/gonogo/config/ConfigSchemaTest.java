package dev.gonogo.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.SpecVersion.VersionFlag;
import dev.gonogo.report.JsonSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/gonogo.schema.json} is the schema generated from the configuration records, and it accepts what the
 * loader accepts. Run with {@code -Dgolden.update=true} to rewrite the published file after changing the records.
 */
class ConfigSchemaTest {

    private static final Path PUBLISHED = Path.of(ConfigSchema.PUBLISHED_PATH);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final String FULL = """
            language: ru
            tolerance: 1.5
            rules:
              future-done: off
              heading-status: error
            verdicts:
              - verdict: Go
                min: 90
              - verdict: Go with conditions
                min: 75
                aliases: [GO с условиями]
              - verdict: No-Go
            vocabulary:
              statusWords:
                DONE: [Shipped]
              headings:
                metrics: [Показатели SLO]
            """;

    @Test
    void thePublishedSchemaIsTheGeneratedOne() throws IOException {
        String generated = ConfigSchema.asString();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(PUBLISHED, generated);
        }
        assertThat(Files.readString(PUBLISHED)).as("docs/gonogo.schema.json is out of date: run "
                + "mvn test -Dtest=ConfigSchemaTest -Dgolden.update=true and review the diff").isEqualTo(generated);
    }

    @Test
    void aFullConfigurationIsValidForTheSchemaAndTheLoader() throws IOException {
        assertThat(validate(FULL)).isEmpty();
        assertThat(new ConfigLoader().parse(FULL, "gonogo.yml").language()).isEqualTo(Language.RU);
    }

    @Test
    void theSchemaRejectsWhatTheLoaderRejects() throws IOException {
        assertThat(validate("tolerence: 2\n")).isNotEmpty();
        assertThat(validate("rules:\n  score-mismatsh: off\n")).isNotEmpty();
        assertThat(validate("rules:\n  score-mismatch: fatal\n")).isNotEmpty();
        assertThat(validate("verdicts:\n  - min: 90\n")).isNotEmpty();
        assertThat(validate("vocabulary:\n  headings:\n    metricz: [x]\n")).isNotEmpty();
        assertThat(validate("tolerance: -1\n")).isNotEmpty();
    }

    private static List<String> validate(String yaml) throws IOException {
        JsonNode schema = new ObjectMapper().readTree(ConfigSchema.asString());
        return JsonSchemas.validate(schema, VersionFlag.V202012, YAML.readTree(yaml));
    }
}
