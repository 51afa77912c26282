package dev.gonogo.cli;

import static dev.gonogo.cli.CheckFiles.PLAIN;
import static dev.gonogo.cli.CheckFiles.check;
import static dev.gonogo.cli.CheckFiles.copy;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code gonogo check} through {@link Main}, in a controlled environment. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private Path seed;

    @BeforeEach
    void copySeed() {
        seed = copy("/seed/prr-x0tta6bl4-v3.4.0.md", dir, "reviews/seed.md");
    }

    @Test
    void reportsTheSeedAsTextAndFailsOnErrors() {
        Main.Result result = check(PLAIN, seed.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .contains(seed + ":150:22: error: \"Overall Score\" states 83.5% but the matrix gives 30%×95 + "
                        + "25%×85 + 20%×97 + 15%×70 + 10%×60 = 85.65, which rounds to 85.7")
                .contains("[score-mismatch]", "[status-conflict]", "[heading-status]")
                .doesNotContain("\u001B[")
                .endsWith("1 file checked: 3 errors, 5 warnings, 0 info\n");
    }

    @Test
    void foldersAreSearchedForMarkdownInPathOrder() {
        copy("/seed/prr-x0tta6bl4-v3.4.0-consistent.md", dir, "reviews/a-consistent.md");
        copy("/fixtures/rules/weights-sum-fail.md", dir, "reviews/nested/z.md");
        copy("/fixtures/rules/weights-sum-fail.md", dir, "reviews/.hidden/ignored.md");

        Main.Result result = check(PLAIN, "--format", "json", dir.resolve("reviews").toString());

        JsonNode findings = json(result.out()).get("findings");
        assertThat(findings.findValuesAsText("path")).allMatch(p -> p.endsWith("seed.md") || p.endsWith("z.md"));
        assertThat(result.out()).doesNotContain("ignored.md");
        assertThat(findings.get(findings.size() - 1).get("path").asText()).endsWith("reviews/seed.md");
    }

    @Test
    void failOnDecidesTheExitCode() {
        Path warningsOnly = copy("/fixtures/rules/future-done-fail.md", dir, "future.md");

        assertThat(check(PLAIN, "--fail-on", "none", seed.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(check(PLAIN, warningsOnly.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(check(PLAIN, "--fail-on", "warning", warningsOnly.toString()).exitCode())
                .isEqualTo(ExitCode.FINDINGS);
        assertThat(check(PLAIN, "--fail-on", "fatal", seed.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void insideGithubActionsTheDefaultFormatIsWorkflowCommands() {
        Environment actions = new Environment(Map.of("GITHUB_ACTIONS", "true"), false);

        Main.Result result = check(actions, seed.toString());

        assertThat(result.out()).startsWith("::error file=" + seed + ",line=14");
        assertThat(check(actions, "--format", "text", seed.toString()).out()).startsWith(seed + ":14:");
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertThat(check(new Environment(Map.of(), true), seed.toString()).out()).contains("\u001B[");
        assertThat(check(new Environment(Map.of("NO_COLOR", "1"), true), seed.toString()).out())
                .doesNotContain("\u001B[");
        assertThat(check(PLAIN, seed.toString()).out()).doesNotContain("\u001B[");
    }

    @Test
    void severalFormatsInOneRun() throws IOException {
        Path sarif = dir.resolve("out/report.sarif");
        Path junit = dir.resolve("out/report.xml");

        Main.Result result = check(PLAIN, "--format", "sarif", "--output", sarif.toString(), "--format", "text",
                "--format", "junit", "--output", junit.toString(), seed.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out()).startsWith(seed + ":14:").endsWith("5 warnings, 0 info\n");
        assertThat(json(Files.readString(sarif)).get("version").asText()).isEqualTo("2.1.0");
        assertThat(Files.readString(junit)).startsWith("<?xml").contains("score-mismatch");
    }

    @Test
    void usageErrorsExit2() {
        Main.Result unknown = check(PLAIN, "--format", "yaml", seed.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("unknown format 'yaml'");

        assertThat(check(PLAIN, "--dry-run", seed.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(check(PLAIN, "--output", "x.json", seed.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aMissingPathIsAnInputError() {
        Main.Result result = check(PLAIN, dir.resolve("nope.md").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(result.err()).isEqualTo("gonogo: " + dir.resolve("nope.md") + ": no such file or folder\n");
    }

    @Test
    void configurationIsFoundUpwardsAndItsSeveritiesApply() throws IOException {
        Files.writeString(dir.resolve("gonogo.yml"), "rules:\n  status-conflict: off\n  score-mismatch: warning\n"
                + "  heading-status: off\n");

        Main.Result result = check(PLAIN, seed.toString());

        assertThat(result.out()).doesNotContain("[status-conflict]", "[heading-status]")
                .contains("warning: \"Overall Score\" states 83.5%");
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void badConfigurationIsAnInputErrorNamingTheKey() throws IOException {
        Path config = Files.writeString(dir.resolve("custom.yml"), "rules:\n  score-mismatch: fatal\n");

        Main.Result result = check(PLAIN, "--config", config.toString(), seed.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(result.err()).isEqualTo("gonogo: " + config + ": key 'rules.score-mismatch' (line 2): 'fatal' is "
                + "not one of error, warning, info, off\n");
    }

    @Test
    void rulesListsEveryRuleWithSeverityAndTitle() {
        Main.Result result = Main.capture(PLAIN, "rules");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out().lines()).hasSize(11)
                .contains("score-mismatch    error    Stated score equals the weighted score of the matrix")
                .contains("heading-status    warning  A heading marked done holds only finished items");
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
