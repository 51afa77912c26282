package dev.gonogo.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import dev.gonogo.report.json.Json;
import dev.gonogo.testing.SharedFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {

    private static JsonNode sarif(String toolVersion, dev.gonogo.check.CheckResult result) throws Exception {
        return Json.mapper().readTree(Reports.write(new SarifReportWriter(toolVersion), result));
    }

    /** Loaded once: compiling the 110 KB OASIS schema is the slow part. */
    private static JsonSchema schema;

    private static List<String> validate(JsonNode log) throws Exception {
        if (schema == null) {
            Path file = SharedFiles.require("schemas/sarif-schema-2.1.0.json");
            schema = JsonSchemaFactory.getInstance(VersionFlag.V4).getSchema(Json.mapper().readTree(file.toFile()));
        }
        return schema.validate(log).stream().map(ValidationMessage::getMessage).toList();
    }

    @Test
    void writesRulesAndResultsAsWrittenByHand() {
        assertThat(Reports.write(new SarifReportWriter("1.2.3"), SampleResults.result()))
                .isEqualTo(Golden.read("report.sarif.json"));
    }

    @Test
    void validatesAgainstTheOasisSchema() throws Exception {
        assertThat(validate(sarif("1.2.3", SampleResults.result()))).isEmpty();
        assertThat(validate(sarif("", SampleResults.empty()))).isEmpty();
    }

    @Test
    void theSchemaCheckWouldCatchAResultWithoutMessage() throws Exception {
        JsonNode log = sarif("", SampleResults.result());
        ((ObjectNode) log.at("/runs/0/results/0")).remove("message");

        assertThat(validate(log)).isNotEmpty();
    }

    @Test
    void leavesOutTheVersionWhenUnknownAndKeepsAnEmptyResultList() throws Exception {
        JsonNode log = sarif("", SampleResults.empty());

        assertThat(log.at("/runs/0/tool/driver").has("semanticVersion")).isFalse();
        assertThat(log.at("/runs/0/results").isArray()).isTrue();
        assertThat(log.at("/runs/0/results")).isEmpty();
    }

    @Test
    void pointsEveryResultAtItsRuleByIndex() throws Exception {
        JsonNode log = sarif("", SampleResults.result());
        JsonNode rules = log.at("/runs/0/tool/driver/rules");

        for (JsonNode result : log.at("/runs/0/results")) {
            if (result.has("ruleIndex")) {
                assertThat(rules.get(result.get("ruleIndex").asInt()).get("id")).isEqualTo(result.get("ruleId"));
            } else {
                assertThat(result.get("ruleId").asText()).isEqualTo("internal-error");
            }
        }
    }

    @Test
    void turnsAbsolutePathsIntoFileUrisWithoutABase() {
        assertThat(SarifReportWriter.artifact(Path.of("/tmp/a b.md").toAbsolutePath().toString()).uri())
                .startsWith("file:/").endsWith("a%20b.md");
        assertThat(SarifReportWriter.artifact("/tmp/a.md").uriBaseId()).isNull();
    }
}
