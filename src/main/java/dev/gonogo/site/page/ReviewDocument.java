package dev.gonogo.site.page;

import dev.gonogo.check.ReviewResult;
import dev.gonogo.model.Review;
import dev.gonogo.model.Section;
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
     * This review as the index, system pages, trend charts and sitemap need it, once its own pages are written:
     * no text, and a model cut down to its header, heading outline, matrices, score statements, recommendation
     * and problems (the checklist, metrics, tests, timeline, risks, actions, notes and section entries go), with
     * every finding kept. About a sixth of the memory of the full document; a test keeps the list pages built
     * from summaries identical to those built from full documents.
     */
    public ReviewDocument summary() {
        Review r = result.review();
        Review outline = new Review(r.source(), r.title(), r.titleLine(), r.fields(), r.system(), r.version(),
                r.date(), r.status(), headings(r.sections()), List.of(), List.of(), r.matrix(), r.matrices(),
                r.statedScore(), r.scoreStatements(), r.recommendation(), List.of(), List.of(), List.of(),
                List.of(), List.of(), r.suppressions(), r.problems());
        return new ReviewDocument(new ReviewResult(outline, result.findings()), "");
    }

    private static List<Section> headings(List<Section> sections) {
        return sections.stream()
                .map(s -> new Section(s.level(), s.title(), s.status(), s.line(), s.endLine(), s.path(), List.of(),
                        headings(s.children())))
                .toList();
    }
}
