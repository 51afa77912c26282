package dev.gonogo.site.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.model.Review;
import dev.gonogo.model.SourceInfo;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.parse.Vocabulary;
import dev.gonogo.source.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

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

    private static SourceDocument document(String text) {
        return new SourceDocument(new SourceInfo("prr-auth-1.0.0.md", "UTF-8", false, "LF", false,
                text.getBytes(StandardCharsets.UTF_8).length, text.split("\n", -1).length), text);
    }
}
