package dev.gonogo.site.page;

import dev.gonogo.check.ReviewResult;
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
}
