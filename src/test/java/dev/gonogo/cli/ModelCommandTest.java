package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SpecVersion.VersionFlag;
import dev.gonogo.report.JsonSchemas;
import dev.gonogo.report.json.Json;
import dev.gonogo.report.json.ModelSchema;
import dev.gonogo.testing.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code gonogo model} over the seed review, as the foundation issue describes its model. */
class ModelCommandTest {

    private static JsonNode model(Path... files) throws IOException {
        List<String> args = new ArrayList<>(List.of("model"));
        for (Path file : files) {
            args.add(file.toString());
        }
        Main.Result result = Main.capture(args.toArray(String[]::new));
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).endsWith("\n").doesNotEndWith("\n\n");
        return Json.mapper().readTree(result.out());
    }

    @Test
    void printsTheSeedModelTheIssueDescribes() throws IOException {
        JsonNode seed = model(Path.of("src/test/resources/seed/prr-x0tta6bl4-v3.4.0.md"));

        JsonNode rows = seed.at("/matrix/rows");
        assertThat(rows).extracting(row -> row.get("criterion").asText()).containsExactly(
                "Technical Readiness", "Testing", "Security", "Infrastructure", "Observability");
        assertThat(rows).extracting(row -> row.get("weight").asInt()).containsExactly(30, 25, 20, 15, 10);
        assertThat(rows).extracting(row -> row.get("score").asInt()).containsExactly(95, 85, 97, 70, 60);
        assertThat(rows).extracting(row -> row.get("line").asInt()).containsExactly(144, 145, 146, 147, 148);
        assertThat(seed.at("/matrix/weightTotal").decimalValue()).isEqualByComparingTo("100");
        // Exactly as written in the JSON text: a plain number, never 85.64999 or 8.565E+1.
        assertThat(seed.at("/matrix/computedScore").toString()).isEqualTo("85.65");
        assertThat(seed.at("/statedScore/value").toString()).isEqualTo("83.5");
        assertThat(seed.at("/statedScore/line").asInt()).isEqualTo(150);
        assertThat(seed.get("checklist")).hasSize(26);
        assertThat(seed.get("checklist")).filteredOn(item -> item.get("checked").asBoolean()).hasSize(17);
        assertThat(seed.get("checklist")).allSatisfy(item ->
                assertThat(item.fieldNames()).toIterable().contains("text", "checked", "line", "state"));
        assertThat(seed.get("metrics")).hasSize(23);
        assertThat(seed.get("metrics")).filteredOn(metric -> !metric.get("target").isNull()).hasSize(3);
        assertThat(seed.at("/source/encoding").asText()).isEqualTo("UTF-8");
        assertThat(seed.get("problems").isArray()).isTrue();
    }

    @Test
    void theMojibakeSeedGivesTheSameModelApartFromItsSource() throws IOException {
        ObjectNode clean = (ObjectNode) model(Path.of("src/test/resources/seed/prr-x0tta6bl4-v3.4.0.md"));
        ObjectNode damaged = (ObjectNode) model(Path.of("src/test/resources/seed/000_eca485751805e2a7.txt"));

        assertThat(damaged.at("/source/encoding").asText()).isEqualTo("UTF-8 (repaired: Mac Roman mojibake)");
        clean.remove("source");
        damaged.remove("source");
        assertThat(damaged).isEqualTo(clean);
    }

    @Test
    void printsAnArrayForSeveralFilesInTheOrderGiven(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("b.md"), "# B\n");
        Path second = Files.writeString(dir.resolve("a.md"), "# A\n");

        JsonNode models = model(first, second);

        assertThat(models.isArray()).isTrue();
        assertThat(models).extracting(review -> review.get("title").asText()).containsExactly("B", "A");
    }

    @Test
    void theSeedModelAndAnArrayValidateAgainstThePrintedSchema(@TempDir Path dir) throws IOException {
        JsonNode schema = Json.mapper().readTree(Main.capture("schema").out());
        Path seed = Path.of("src/test/resources/seed/prr-x0tta6bl4-v3.4.0.md");
        Path empty = Files.writeString(dir.resolve("empty.md"), "");

        assertThat(JsonSchemas.validate(schema, VersionFlag.V202012, model(seed))).isEmpty();
        assertThat(JsonSchemas.validate(schema, VersionFlag.V202012, model(seed, empty))).isEmpty();
        assertThat(schema).isEqualTo(ModelSchema.generate());
    }

    @Test
    void aMissingFileIsAnInputErrorOnOneLineAndPrintsNoJson(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.md"), "# Good\n");
        Path missing = dir.resolve("missing.md");

        Main.Result result = Main.capture("model", good.toString(), missing.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("missing.md").hasLineCount(1).doesNotContain("Exception");
    }

    @Test
    void binaryInputIsAnInputErrorNotGarbage(@TempDir Path dir) throws IOException {
        Path binary = Files.write(dir.resolve("image.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0});

        Main.Result result = Main.capture("model", binary.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("image.md").hasLineCount(1);
    }

    @Test
    void noFileIsAUsageError() {
        Main.Result result = Main.capture("model");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void everyCorpusDocumentGivesAModelThatValidatesAgainstTheSchema() throws IOException {
        Path corpus = SharedFiles.require("corpus");
        List<Path> documents;
        try (var files = Files.walk(corpus)) {
            documents = files.filter(file -> file.toString().endsWith(".md"))
                    .filter(file -> !file.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        }
        JsonNode models = model(documents.toArray(Path[]::new));

        assertThat(models).hasSize(documents.size());
        assertThat(JsonSchemas.validate(ModelSchema.generate(), VersionFlag.V202012, models)).isEmpty();
    }
}
