package dev.gonogo.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gonogo.model.Review;
import dev.gonogo.report.Golden;
import dev.gonogo.report.SampleReviews;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelJsonWriterTest {

    private static String write(List<Review> reviews) throws IOException {
        StringWriter out = new StringWriter();
        new ModelJsonWriter().write(reviews, out);
        return out.toString();
    }

    @Test
    void writesTheSeedExcerptExactlyAsWrittenByHand() throws IOException {
        assertThat(write(List.of(SampleReviews.seedExcerpt()))).isEqualTo(Golden.read("model-seed-excerpt.json"));
    }

    @Test
    void writesOneReviewToUtf8BytesAsToAWriter() throws IOException {
        Review seed = SampleReviews.seedExcerpt();

        assertThat(new String(new ModelJsonWriter().toUtf8(seed), StandardCharsets.UTF_8))
                .isEqualTo(Golden.read("model-seed-excerpt.json"));
    }

    @Test
    void writesEveryPropertyOfAnEmptyReviewWithNullsAndEmptyLists() throws IOException {
        assertThat(write(List.of(SampleReviews.empty("empty.md")))).isEqualTo(Golden.read("model-empty.json"));
    }

    @Test
    void exposesThePathsTheIssueRequires() throws IOException {
        JsonNode json = Json.mapper().readTree(write(List.of(SampleReviews.seedExcerpt())));

        assertThat(json.at("/matrix/rows/0/criterion").asText()).isEqualTo("Technical Readiness");
        assertThat(json.at("/matrix/rows/0/weight").decimalValue()).isEqualByComparingTo("30");
        assertThat(json.at("/matrix/rows/4/score").decimalValue()).isEqualByComparingTo("60");
        assertThat(json.at("/matrix/rows/4/line").asInt()).isEqualTo(148);
        assertThat(json.at("/matrix/weightTotal").isNumber()).isTrue();
        assertThat(json.at("/matrix/computedScore").decimalValue()).isEqualByComparingTo("85.65");
        assertThat(json.at("/statedScore/value").decimalValue()).isEqualByComparingTo("83.5");
        assertThat(json.at("/statedScore/line").asInt()).isEqualTo(150);
        assertThat(json.at("/checklist/1/checked").asBoolean()).isFalse();
        assertThat(json.at("/checklist/1/state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(json.at("/metrics/1/target").asText()).isEqualTo("<20s");
        assertThat(json.at("/source/encoding").asText()).startsWith("UTF-8 (repaired");
        assertThat(json.at("/problems").isArray()).isTrue();
    }

    @Test
    void writesDecimalsAsPlainNumbersWithoutTrailingZerosOrExponents() throws IOException {
        String json = write(List.of(SampleReviews.seedExcerpt()));

        // The fixture holds 8565E-2 and 100.00: the JSON shows the numbers, not Java's representation.
        assertThat(json).contains("\"computedScore\": 85.65,", "\"weightTotal\": 100,")
                .doesNotContain("E+", "E-", "100.00");
    }

    @Test
    void writesAnArrayForSeveralReviewsInTheGivenOrder() throws IOException {
        JsonNode json = Json.mapper().readTree(write(List.of(SampleReviews.empty("b.md"), SampleReviews.empty("a.md"))));

        assertThat(json.isArray()).isTrue();
        assertThat(json).extracting(node -> node.at("/source/path").asText()).containsExactly("b.md", "a.md");
    }

    @Test
    void usesLineFeedsAndEndsWithOneNewline() throws IOException {
        String json = write(List.of(SampleReviews.seedExcerpt()));

        assertThat(json).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
    }

    @Test
    void refusesToWriteNoReviewAtAll() {
        assertThatThrownBy(() -> write(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
