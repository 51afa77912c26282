package dev.gonogo.check.rules;

import dev.gonogo.check.CheckSettings;
import dev.gonogo.check.Checker;
import dev.gonogo.check.Rule;
import dev.gonogo.check.RuleInfo;
import java.util.List;
import java.util.stream.Stream;

/** The rule registry: every rule gonogo has, in a stable order (the order of {@code gonogo rules} and the docs). */
public final class Rules {

    private Rules() {
    }

    /** Every rule, configured from the settings (tolerance, verdict bands). */
    public static List<Rule> defaults(CheckSettings settings) {
        return List.of(
                new WeightsSumTo100Rule(),
                new ScoresWithinRangeRule(),
                new StatedScoreMatchesMatrixRule(settings.tolerance()),
                new StatedTotalMatchesAverageRule(settings.tolerance()),
                new VerdictMatchesBandRule(settings.bands()),
                new HeadingStatusMatchesItemsRule(),
                new ItemStatusesAgreeRule(),
                new DoneMetricMeetsTargetRule(),
                new DoneNotAfterDocumentDateRule(),
                new CleanEncodingRule());
    }

    /** A checker running every rule with these settings. */
    public static Checker checker(CheckSettings settings) {
        return new Checker(defaults(settings), settings);
    }

    /** What every rule is, {@code internal-error} last: for listings, documentation and configuration checks. */
    public static List<RuleInfo> infos() {
        return Stream.concat(defaults(CheckSettings.defaults()).stream().map(Rule::info),
                Stream.of(Checker.INTERNAL_ERROR)).toList();
    }
}
