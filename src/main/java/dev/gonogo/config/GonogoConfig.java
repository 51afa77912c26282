package dev.gonogo.config;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.gonogo.check.CheckSettings;
import dev.gonogo.check.Severity;
import dev.gonogo.parse.Vocabulary;
import dev.gonogo.parse.VocabularyWords;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contents of {@code gonogo.yml}. Every key is optional; absent keys take the defaults.
 *
 * @param rules     rule id → {@code error}, {@code warning}, {@code info} or {@code off}
 * @param verdicts  verdict bands for the {@code verdict-band} rule
 * @param tolerance allowed distance of an approximate score from the computed one, in points of 100
 * @param vocabulary words added to the built-in vocabulary (same shape as the parser's vocabulary.yml)
 * @param language  the language of the site's own words
 */
@JsonClassDescription("gonogo configuration (gonogo.yml), found from the checked path upwards or given with "
        + "--config. Every key is optional.")
public record GonogoConfig(
        @JsonPropertyDescription("Rule id → error, warning, info or off. Ids are listed by 'gonogo rules'.")
        Map<String, RuleLevel> rules,
        @JsonPropertyDescription("Verdict bands, e.g. Go from 90, Go with conditions from 75, else No-Go. "
                + "With bands the verdict-band rule checks that a review's verdict matches its computed score.")
        List<VerdictBandConfig> verdicts,
        @JsonPropertyDescription("How far (points of a 100-point scale) an approximate score such as ~70% may be "
                + "from the computed one. Default 2.5.")
        BigDecimal tolerance,
        @JsonPropertyDescription("Words added to the built-in vocabulary: headings, labels, status marks and "
                + "words, in the shape of the built-in vocabulary.yml. Lists are appended to the built-in ones.")
        VocabularyWords vocabulary,
        @JsonPropertyDescription("Language of the published site: en or ru. Default en.")
        Language language) {

    public GonogoConfig {
        rules = rules == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
        tolerance = tolerance == null ? CheckSettings.DEFAULT_TOLERANCE : tolerance;
        vocabulary = vocabulary == null ? VocabularyWords.empty() : vocabulary;
        language = language == null ? Language.EN : language;
    }

    /** No configuration file: every default. */
    public static GonogoConfig defaults() {
        return new GonogoConfig(null, null, null, null, null);
    }

    /** The parser's vocabulary: the built-in words plus this configuration's. */
    public Vocabulary parserVocabulary() {
        return Vocabulary.defaults().withExtra(vocabulary);
    }

    /** The settings the rules run with. */
    public CheckSettings checkSettings() {
        Map<String, Severity> severities = new HashMap<>();
        Set<String> disabled = new HashSet<>();
        rules.forEach((id, level) -> level.severity().ifPresentOrElse(s -> severities.put(id, s),
                () -> disabled.add(id)));
        return new CheckSettings(severities, disabled, tolerance,
                verdicts.stream().map(VerdictBandConfig::toBand).toList());
    }
}
