package dev.gonogo.history.format;

import static dev.gonogo.history.ReviewBuilder.q;
import static dev.gonogo.history.ReviewBuilder.review;

import dev.gonogo.history.ReviewDiff;
import dev.gonogo.history.ReviewDiffer;
import dev.gonogo.model.Quantity.Comparator;

/** Diffs built by hand for the format tests. */
final class SampleDiffs {
    private SampleDiffs() {
    }

    /** Weights and scores edited, a box checked, a metric now missing its target, one finding fixed, one new. */
    static ReviewDiff typical() {
        return new ReviewDiffer().diff(
                review("old.md")
                        .row("Testing", "25", "85").row("Security", "20", "97")
                        .item("Stability Test", false, "Must Have", "Testing")
                        .metric("Mesh Convergence", q(Comparator.LT, "2.3", "s"), q(Comparator.LT, "2.3", "s"))
                        .stated("83.5", "Go with conditions")
                        .finding("score-mismatch", 5, "Stated 83.5 differs from computed 40.65")
                        .build(),
                review("new.md")
                        .row("Testing", "30", "92").row("Security", "15", "97")
                        .item("Stability Test", true, "Must Have", "Testing")
                        .metric("Mesh Convergence", q(Comparator.EQ, "2.8", "s"), q(Comparator.LT, "2.3", "s"))
                        .stated("87.2", "Go")
                        .warning("heading-status", 7, "Heading marked done over open items")
                        .build());
    }

    /** Two identical versions. */
    static ReviewDiff unchanged() {
        return new ReviewDiffer().diff(review("same.md").row("Testing", "100", "90").build(),
                review("same.md").row("Testing", "100", "90").build());
    }
}
