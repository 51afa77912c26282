package dev.gonogo.check;

import dev.gonogo.model.Review;
import java.util.List;
import java.util.Objects;

/** A review and what the rules found in it (sorted by {@link Finding#ORDER}). */
public record ReviewResult(Review review, List<Finding> findings) {
    public ReviewResult {
        Objects.requireNonNull(review, "review");
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The same findings over the review's {@link Review#outline()}: what reports and summaries need. */
    public ReviewResult outline() {
        return new ReviewResult(review.outline(), findings);
    }
}
