package dev.gonogo.site.page;

import dev.gonogo.model.Review;
import java.util.Objects;

/**
 * A review with the place it gets in the site.
 *
 * @param document   the review and its text
 * @param links      its files
 * @param systemPage the path of its system's page from the site root, empty when the system is unknown
 */
public record PlannedReview(ReviewDocument document, ReviewLinks links, String systemPage) {
    public PlannedReview {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(systemPage, "systemPage");
    }

    public Review review() {
        return document.result().review();
    }

    /** The same pages, with the document cut to its {@link ReviewDocument#summary()}. */
    public PlannedReview summary() {
        return new PlannedReview(document.summary(), links, systemPage);
    }
}
