package dev.gonogo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gonogo.check.CheckSettings;
import dev.gonogo.check.Severity;
import dev.gonogo.check.VerdictBand;
import dev.gonogo.source.InputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void readsEveryKey() {
        GonogoConfig config = loader.parse("""
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
                """, "gonogo.yml");

        assertThat(config.language()).isEqualTo(Language.RU);
        CheckSettings settings = config.checkSettings();
        assertThat(settings.tolerance()).isEqualByComparingTo("1.5");
        assertThat(settings.disabled()).containsExactly("future-done");
        assertThat(settings.severities()).containsEntry("heading-status", Severity.ERROR).hasSize(1);
        assertThat(settings.bands()).containsExactly(
                new VerdictBand("Go", new BigDecimal("90")),
                new VerdictBand("Go with conditions", new BigDecimal("75"), List.of("GO с условиями")),
                new VerdictBand("No-Go", BigDecimal.ZERO));
    }

    @Test
    void anEmptyFileMeansDefaults() {
        GonogoConfig config = loader.parse("# nothing yet\n", "gonogo.yml");

        assertThat(config).isEqualTo(GonogoConfig.defaults());
        assertThat(config.checkSettings()).isEqualTo(CheckSettings.defaults());
    }

    @Test
    void anUnknownKeyIsAnInputErrorNamingFileKeyAndLine() {
        assertThatThrownBy(() -> loader.parse("tolerance: 2\ntolerence: 3\n", "conf/gonogo.yml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("conf/gonogo.yml: unknown key 'tolerence' (line 2); allowed here: ")
                .hasMessageContaining("tolerance");
    }

    @Test
    void aNestedUnknownKeyIsNamedWithItsPath() {
        assertThatThrownBy(() -> loader.parse("verdicts:\n  - verdict: Go\n    minimum: 90\n", "gonogo.yml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("gonogo.yml: unknown key 'verdicts[0].minimum' (line 3)");
    }

    @Test
    void aWrongLevelNamesTheRuleAndTheAllowedLevels() {
        assertThatThrownBy(() -> loader.parse("rules:\n  score-mismatch: fatal\n", "gonogo.yml"))
                .isInstanceOf(InputException.class)
                .hasMessage("gonogo.yml: key 'rules.score-mismatch' (line 2): 'fatal' is not one of "
                        + "error, warning, info, off");
    }

    @Test
    void anUnknownRuleIsNamed() {
        assertThatThrownBy(() -> loader.parse("rules:\n  score-mismatsh: off\n", "gonogo.yml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("gonogo.yml: key 'rules.score-mismatsh': unknown rule; known rules: ")
                .hasMessageContaining("score-mismatch");
    }

    @Test
    void aWrongTypeIsNamed() {
        assertThatThrownBy(() -> loader.parse("tolerance: [1, 2]\n", "gonogo.yml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("gonogo.yml: key 'tolerance' (line 1): ");
        assertThatThrownBy(() -> loader.parse("tolerance: lots\n", "gonogo.yml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("gonogo.yml: key 'tolerance' (line 1): ");
        assertThatThrownBy(() -> loader.parse("language: fr\n", "gonogo.yml"))
                .isInstanceOf(InputException.class)
                .hasMessage("gonogo.yml: key 'language' (line 1): 'fr' is not one of en, ru");
    }

    @Test
    void brokenYamlIsAnInputError() {
        assertThatThrownBy(() -> loader.parse("rules: [unclosed\n", "gonogo.yml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("gonogo.yml: ");
    }

    @Test
    void aNegativeToleranceIsRejected() {
        assertThatThrownBy(() -> loader.parse("tolerance: -1\n", "gonogo.yml"))
                .isInstanceOf(InputException.class)
                .hasMessage("gonogo.yml: key 'tolerance': must not be negative, got -1");
    }

    @Test
    void isFoundFromTheCheckedPathUpwards(@TempDir Path root) throws IOException {
        Path reviews = Files.createDirectories(root.resolve("content/team/2026"));
        Path review = Files.writeString(reviews.resolve("review.md"), "# Review\n");
        Path config = Files.writeString(root.resolve("content/gonogo.yml"), "tolerance: 1\n");

        assertThat(loader.find(review)).contains(config.toAbsolutePath());
        assertThat(loader.find(reviews)).contains(config.toAbsolutePath());
        assertThat(loader.resolve(null, review).tolerance()).isEqualByComparingTo("1");
    }

    @Test
    void anExplicitFileThatIsMissingIsAnInputError(@TempDir Path root) {
        assertThatThrownBy(() -> loader.resolve(root.resolve("nope.yml"), root))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("nope.yml: configuration file not found");
    }
}
