package dev.gonogo.pipeline;

import com.vladsch.flexmark.util.ast.Document;
import dev.gonogo.check.ReviewResult;
import java.util.Objects;

/**
 * One document's checked result with the Markdown tree its model was read from.
 *
 * @param result   the review and its findings
 * @param markdown the tree of the defused text ({@link dev.gonogo.parse.ParsedReview#markdown()}); {@code null} when
 *                 the document could not be parsed
 */
public record CheckedDocument(ReviewResult result, Document markdown) {
    public CheckedDocument {
        Objects.requireNonNull(result, "result");
    }
}
