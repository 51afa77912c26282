package dev.gonogo.site.page;

import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.Severity;

/** How many findings of each severity a review (or a whole site) has. */
public record SeverityCounts(long errors, long warnings, long infos) {

    static SeverityCounts of(ReviewResult result) {
        return new SeverityCounts(result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.INFO));
    }

    SeverityCounts plus(SeverityCounts other) {
        return new SeverityCounts(errors + other.errors, warnings + other.warnings, infos + other.infos);
    }

    public long total() {
        return errors + warnings + infos;
    }
}
