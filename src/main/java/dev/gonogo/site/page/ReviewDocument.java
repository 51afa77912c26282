package dev.gonogo.site.page;

import com.vladsch.flexmark.util.ast.Document;
import dev.gonogo.check.ReviewResult;
import java.util.Objects;

/**
 * One review to publish: the checked result and the decoded text it was parsed from, which the source view and
 * the rendered document need.
 *
 * @param result   the review and its findings
 * @param text     the decoded text
 * @param markdown the parser's Markdown tree of that text, which the page renderer reuses; {@code null} when there is
 *                 none, and the renderer parses the text itself
 */
public record ReviewDocument(ReviewResult result, String text, Document markdown) {
    public ReviewDocument {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(text, "text");
    }

    /** A document without a Markdown tree: its page renderer parses the text. */
    public ReviewDocument(ReviewResult result, String text) {
        this(result, text, null);
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

    /**
     * The same document without its Markdown tree, which takes several times the memory of the text: for documents
     * kept after their page is written.
     */
    public ReviewDocument withoutTree() {
        return markdown == null ? this : new ReviewDocument(result, text);
    }
}
