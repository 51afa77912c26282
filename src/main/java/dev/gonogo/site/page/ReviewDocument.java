package dev.gonogo.site.page;

import dev.gonogo.check.ReviewResult;
import java.util.List;
import java.util.Objects;

/**
 * One review to publish: the checked result and the decoded text it was parsed from, which the source view and
 * the rendered document need.
 */
public record ReviewDocument(ReviewResult result, String text) {
    public ReviewDocument {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(text, "text");
    }

    /**
     * This review as the index, system pages, trend charts and sitemap need it once its own pages are written: no
     * text, the {@link ReviewResult#outline() outline} of its model, every finding. About a fifth of the memory of
     * the full document; a test keeps the list pages built from summaries identical to those built from full
     * documents.
     */
    public ReviewDocument summary() {
        return new ReviewDocument(result.outline(), "");
    }
}
