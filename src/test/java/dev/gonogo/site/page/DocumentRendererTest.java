package dev.gonogo.site.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.ReviewResult;
import dev.gonogo.model.Review;
import dev.gonogo.model.SourceInfo;
import dev.gonogo.parse.ParsedReview;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.parse.Vocabulary;
import dev.gonogo.site.SiteFixtures;
import dev.gonogo.source.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentRendererTest {

    /** A decision matrix as reviews write it by hand: one dash per separator cell, a caption-like line after it. */
    private static final String REVIEW = """
            # PRR: auth 1.0.0

            ## Decision matrix

            | Criterion | Weight | Score |
            |-|-|-|
            | Reliability | 60% | 90 |
            | Security | 40% | 80 |
            [Scores out of 100]

            **Overall Score:** 86%
            """;

    private final Review review = new ReviewParser(Vocabulary.defaults()).parse(document(REVIEW));
    private final Element body = Jsoup.parseBodyFragment(
            new DocumentRenderer().render(REVIEW, review, Messages.forLanguage(Locale.ENGLISH))).body();

    @Test
    void aTableTheChecksReadIsATableOnThePage() {
        assertThat(review.decisionMatrix()).hasValueSatisfying(matrix -> assertThat(matrix.rows()).hasSize(2));

        assertThat(body.select("div.table-wrap > table")).hasSize(1);
        assertThat(body.select("table tbody tr")).hasSize(2);
        assertThat(body.select("table tbody tr").get(0).select("td").eachText())
                .containsExactly("Reliability", "60%", "90");
    }

    @Test
    void aLineAfterTheTableIsTextAsTheParserReadsIt() {
        assertThat(body.select("caption")).isEmpty();
        assertThat(body.select("p").eachText()).contains("[Scores out of 100]");
    }

    /**
     * A site build renders the page from the tree the review parser kept; the page must be the one the text gives:
     * the hand-written matrix, the seed (task boxes, status marks, Russian text) and text the guard defuses.
     */
    @ParameterizedTest
    @MethodSource("texts")
    void theParsersTreeGivesThePageTheTextGives(String text) {
        ParsedReview parsed = new ReviewParser(Vocabulary.defaults()).parseKeepingTree(document(text));
        ReviewDocument withTree = new ReviewDocument(new ReviewResult(parsed.review(), List.of()), text,
                parsed.markdown());
        Messages msg = Messages.forLanguage(Locale.ENGLISH);
        DocumentRenderer renderer = new DocumentRenderer();

        assertThat(withTree.markdown()).isNotNull();
        assertThat(renderer.render(withTree, msg)).isEqualTo(renderer.render(text, parsed.review(), msg));
        assertThat(renderer.render(withTree.withoutTree(), msg))
                .isEqualTo(renderer.render(text, parsed.review(), msg));
    }

    static Stream<String> texts() {
        return Stream.of(REVIEW, SiteFixtures.seed().text(),
                "# Deep\n\n" + "> ".repeat(3_000) + "quoted ✅\n\n- [x] done\n- [ ] open ⏳\n");
    }

    private static SourceDocument document(String text) {
        return new SourceDocument(new SourceInfo("prr-auth-1.0.0.md", "UTF-8", false, "LF", false,
                text.getBytes(StandardCharsets.UTF_8).length, text.split("\n", -1).length), text);
    }
}
