package dev.gonogo.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.CheckSettings;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Rule;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.VerdictBand;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.parse.Vocabulary;
import dev.gonogo.source.SourceReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the rules' {@link RuleInfo}, and every documented example does what the
 * documentation says: the failing one raises the rule, the passing one does not. Run with
 * {@code -Dgolden.update=true} to rewrite the page after changing a rule.
 */
class RuleDocumentationTest {

    private static final Path PUBLISHED = Path.of("docs/rules.md");

    /** The bands the verdict-band examples assume. */
    private static final CheckSettings SETTINGS = new CheckSettings(Map.of(), Set.of(),
            CheckSettings.DEFAULT_TOLERANCE, List.of(new VerdictBand("Go", new BigDecimal("90")),
                    new VerdictBand("Go with conditions", new BigDecimal("75")),
                    new VerdictBand("No-Go", BigDecimal.ZERO)));

    @Test
    void thePublishedPageIsGeneratedFromTheRules() throws IOException {
        String generated = RuleDocumentation.markdown(Rules.infos());
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(PUBLISHED, generated);
        }
        assertThat(Files.readString(PUBLISHED)).as("docs/rules.md is out of date: run mvn test "
                + "-Dtest=RuleDocumentationTest -Dgolden.update=true and review the diff").isEqualTo(generated);
    }

    @Test
    void everyFailingExampleFailsAndEveryPassingExamplePasses() {
        for (Rule rule : Rules.defaults(SETTINGS)) {
            String id = rule.info().id();
            if (id.equals("encoding")) {
                continue; // its examples describe bytes, which a Markdown example cannot show
            }
            assertThat(findings(rule, rule.info().failingExample())).as(id + " failing example")
                    .anyMatch(f -> f.rule().equals(id));
            assertThat(findings(rule, rule.info().passingExample())).as(id + " passing example")
                    .noneMatch(f -> f.rule().equals(id));
        }
    }

    private static List<Finding> findings(Rule rule, String markdown) {
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        return dev.gonogo.check.RuleRunner.run(rule,
                new ReviewParser(Vocabulary.defaults()).parse(new SourceReader().decode(bytes, "example.md")));
    }
}
