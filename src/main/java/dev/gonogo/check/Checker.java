package dev.gonogo.check;

import dev.gonogo.model.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Applies rules to reviews: runs every enabled rule, gives findings their configured severity, drops what inline
 * comments suppress, and turns a rule that throws into an {@code internal-error} finding so the others still run.
 * Immutable and thread-safe: one instance may check many reviews in parallel.
 */
public final class Checker {

    /** The pseudo-rule under which a rule's crash is reported. */
    public static final RuleInfo INTERNAL_ERROR = new RuleInfo("internal-error",
            "A rule failed on this review", Severity.ERROR,
            "A bug in gonogo, not in the review: the rule stopped with an exception, so what it checks was not "
                    + "checked. The other rules still ran. Please report it with the review attached.",
            "", "");

    private final List<Rule> rules;
    private final CheckSettings settings;

    /**
     * @param rules    the rules, in the order they are listed
     * @param settings severities and disabled rules; rules take their own settings through their constructors
     */
    public Checker(List<Rule> rules, CheckSettings settings) {
        this.rules = List.copyOf(rules);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The rules that run, in order, each with its effective severity as default; {@code internal-error} last. */
    public List<RuleInfo> ruleInfos() {
        List<RuleInfo> infos = new ArrayList<>();
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            if (settings.isEnabled(info.id())) {
                infos.add(withSeverity(info, settings.severityOf(info)));
            }
        }
        infos.add(INTERNAL_ERROR);
        return List.copyOf(infos);
    }

    /** Checks one review. */
    public ReviewResult check(Review review) {
        List<Finding> findings = new ArrayList<>();
        String path = review.source().path();
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            if (!settings.isEnabled(info.id())) {
                continue;
            }
            List<Finding> found = new ArrayList<>();
            try {
                rule.check(review, new CollectingSink(info.id(), settings.severityOf(info), path, found));
            } catch (RuntimeException | StackOverflowError e) {
                found.clear();
                found.add(internalError(info, path, e));
            }
            found.stream().filter(f -> !suppressed(review, f)).forEach(findings::add);
        }
        return new ReviewResult(review, findings);
    }

    /** Checks reviews in the order given. */
    public CheckResult check(List<Review> reviews) {
        return new CheckResult(reviews.stream().map(this::check).toList(), ruleInfos());
    }

    private static boolean suppressed(Review review, Finding finding) {
        int line = finding.location().line();
        return review.suppressions().stream().anyMatch(s -> s.covers(finding.rule(), line));
    }

    private static Finding internalError(RuleInfo rule, String path, Throwable error) {
        String message = "rule " + rule.id() + " failed: " + error
                + "; its check was skipped for this file. This is a bug in gonogo — please report it.";
        return new Finding(INTERNAL_ERROR.id(), INTERNAL_ERROR.defaultSeverity(), message,
                new Location(path, 1, 0, ""), List.of());
    }

    private static RuleInfo withSeverity(RuleInfo info, Severity severity) {
        return new RuleInfo(info.id(), info.title(), severity, info.rationale(), info.failingExample(),
                info.passingExample());
    }

    /** Stamps what a rule reports with its id, severity and the review's path. */
    private record CollectingSink(String rule, Severity severity, String path, List<Finding> into)
            implements FindingSink {
        @Override
        public void report(int line, int column, String message, List<Related> related) {
            List<Location> locations = related.stream()
                    .map(r -> new Location(path, r.line(), 0, r.message()))
                    .toList();
            into.add(new Finding(rule, severity, message, new Location(path, line, column, ""), locations));
        }
    }
}
