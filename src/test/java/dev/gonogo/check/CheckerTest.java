package dev.gonogo.check;

import static dev.gonogo.check.TestReviews.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.model.Review;
import dev.gonogo.model.Suppression;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckerTest {

    /** Reports one finding on each of lines 3 and 7. */
    private static final Rule TWO_FINDINGS = new FixedRule("two-findings", Severity.WARNING) {
        @Override
        public void check(Review review, FindingSink sink) {
            sink.report(7, "seven");
            sink.report(3, 2, "three", List.of(new FindingSink.Related(9, "nine")));
        }
    };

    private static final Rule THROWING = new FixedRule("throwing", Severity.ERROR) {
        @Override
        public void check(Review review, FindingSink sink) {
            sink.report(1, "reported before the crash");
            throw new IllegalStateException("boom");
        }
    };

    @Test
    void stampsRuleSeverityAndPathAndSortsByLine() {
        ReviewResult result = new Checker(List.of(TWO_FINDINGS), CheckSettings.defaults()).check(review().build());

        assertThat(result.findings()).extracting(f -> f.location().line()).containsExactly(3, 7);
        Finding first = result.findings().get(0);
        assertThat(first.rule()).isEqualTo("two-findings");
        assertThat(first.severity()).isEqualTo(Severity.WARNING);
        assertThat(first.location()).isEqualTo(new Location("review.md", 3, 2, ""));
        assertThat(first.related()).containsExactly(new Location("review.md", 9, 0, "nine"));
    }

    @Test
    void aRuleThatThrowsBecomesAnInternalErrorAndTheOthersStillRun() {
        ReviewResult result = new Checker(List.of(THROWING, TWO_FINDINGS), CheckSettings.defaults())
                .check(review().build());

        assertThat(result.findings()).extracting(Finding::rule)
                .containsExactly("internal-error", "two-findings", "two-findings");
        Finding crash = result.findings().get(0);
        assertThat(crash.severity()).isEqualTo(Severity.ERROR);
        assertThat(crash.message()).contains("throwing", "boom");
    }

    @Test
    void configuredSeverityReplacesTheDefaultAndDisabledRulesDoNotRun() {
        CheckSettings settings = new CheckSettings(Map.of("two-findings", Severity.ERROR), Set.of("throwing"),
                CheckSettings.DEFAULT_TOLERANCE, List.of());
        Checker checker = new Checker(List.of(THROWING, TWO_FINDINGS), settings);

        ReviewResult result = checker.check(review().build());

        assertThat(result.findings()).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(result.findings()).extracting(Finding::rule).containsOnly("two-findings");
        assertThat(checker.ruleInfos()).extracting(RuleInfo::id).containsExactly("two-findings", "internal-error");
        assertThat(checker.ruleInfos().get(0).defaultSeverity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void inlineSuppressionsSilenceTheirRuleOnTheirLinesOnly() {
        Review review = review()
                .suppress(new Suppression("two-findings", 3, 3, 2))
                .suppress(new Suppression("other-rule", 7, 7, 6))
                .build();

        ReviewResult result = new Checker(List.of(TWO_FINDINGS), CheckSettings.defaults()).check(review);

        assertThat(result.findings()).extracting(f -> f.location().line()).containsExactly(7);
    }

    @Test
    void wildcardSuppressionSilencesEveryRule() {
        Review review = review().suppress(new Suppression("*", 1, Integer.MAX_VALUE, 1)).build();

        ReviewResult result = new Checker(List.of(TWO_FINDINGS, THROWING), CheckSettings.defaults()).check(review);

        assertThat(result.findings()).isEmpty();
    }

    private abstract static class FixedRule implements Rule {
        private final RuleInfo info;

        FixedRule(String id, Severity severity) {
            this.info = new RuleInfo(id, id, severity, "for tests", "", "");
        }

        @Override
        public RuleInfo info() {
            return info;
        }
    }
}
