package dev.gonogo.site.page;

import dev.gonogo.model.Review;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Builds {@link ReviewRow}s for the tables of the index and the system pages. */
final class ReviewRows {
    private final Messages msg;
    private final BigDecimal tolerance;

    ReviewRows(Messages msg, BigDecimal tolerance) {
        this.msg = msg;
        this.tolerance = tolerance;
    }

    /**
     * A row.
     *
     * @param planned the review
     * @param rank    its place in its system's version order
     * @param root    the relative way from the showing page to the site root
     */
    ReviewRow row(PlannedReview planned, int rank, String root) {
        Review review = planned.review();
        ScorePanel score = new ScorePanelBuilder(planned.links(), tolerance).build(review);
        VerdictTone tone = VerdictTone.of(review);
        String verdict = review.recommendation() != null && !review.recommendation().text().isBlank()
                ? review.recommendation().text()
                : review.statedScore() == null ? "" : review.statedScore().verdict();
        String path = review.source().path();
        String title = review.title().isBlank() ? path.substring(path.lastIndexOf('/') + 1) : review.title();
        return new ReviewRow(title, review.system() == null ? "" : review.system(),
                review.version() == null ? "" : review.version(), rank, iso(review.date()),
                StatusView.of(review.status(), msg), score.stated(), score.computedRounded(), score.mismatch(),
                tone.id(), msg.text("tone." + tone.id()), verdict, SeverityCounts.of(planned.document().result()),
                root + planned.links().page());
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
