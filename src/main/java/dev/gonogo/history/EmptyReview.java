package dev.gonogo.history;

import dev.gonogo.check.ReviewResult;
import dev.gonogo.model.Review;
import dev.gonogo.model.SourceInfo;
import dev.gonogo.model.Status;
import java.util.List;

/** The side of a diff where a review does not exist: added since, or deleted since. */
final class EmptyReview {
    private EmptyReview() {
    }

    static ReviewResult named(String path) {
        Review review = new Review(new SourceInfo(path, "", false, "none", false, 0, 0), "", 0, List.of(), null,
                null, null, Status.NONE, List.of(), List.of(), List.of(), null, List.of(), null, List.of(), null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return new ReviewResult(review, List.of());
    }
}
