package dev.gonogo.parse;

import com.vladsch.flexmark.util.ast.Document;
import dev.gonogo.model.Review;
import java.util.Objects;

/**
 * A review's model with the Markdown tree it was read from, so that a page renderer need not parse the text a
 * second time (flexmark's parse is about a third of rendering a review's page).
 *
 * @param review   the model
 * @param markdown the tree of the defused text, parsed with {@link MarkdownSyntax#options()}; {@code null} when the
 *                 document could not be parsed
 */
public record ParsedReview(Review review, Document markdown) {
    public ParsedReview {
        Objects.requireNonNull(review, "review");
    }
}
