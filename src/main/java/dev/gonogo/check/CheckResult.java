package dev.gonogo.check;

import java.util.List;
import java.util.stream.Stream;

/** The outcome of checking a set of reviews, in path order: what every report writer and the site are fed. */
public record CheckResult(List<ReviewResult> reviews, List<RuleInfo> rules) {
    public CheckResult {
        reviews = List.copyOf(reviews);
        rules = List.copyOf(rules);
    }

    public Stream<Finding> findings() {
        return reviews.stream().flatMap(r -> r.findings().stream());
    }

    public long count(Severity severity) {
        return findings().filter(f -> f.severity() == severity).count();
    }

    /** True when some finding is at least as serious as the threshold; {@code null} threshold means never. */
    public boolean failsAt(Severity threshold) {
        return threshold != null && findings().anyMatch(f -> f.severity().isAtLeast(threshold));
    }
}
