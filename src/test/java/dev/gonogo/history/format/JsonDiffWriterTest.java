package dev.gonogo.history.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDiffWriterTest {

    private static String write() throws IOException {
        StringBuilder out = new StringBuilder();
        new JsonDiffWriter().write(List.of(SampleDiffs.typical()), out);
        return out.toString();
    }

    @Test
    void numbersAreJsonNumbersAndEveryChangeIsListed() throws IOException {
        JsonNode json = new JsonMapper().readTree(write());
        JsonNode review = json.at("/reviews/0");

        assertThat(review.at("/oldPath").asText()).isEqualTo("old.md");
        assertThat(review.at("/changed").asBoolean()).isTrue();
        assertThat(review.at("/statedScore/before").isNumber()).isTrue();
        assertThat(review.at("/statedScore/before").decimalValue()).isEqualByComparingTo("83.5");
        assertThat(review.at("/statedScore/delta").toString()).isEqualTo("3.7");
        assertThat(review.at("/computedScore/delta").toString()).isEqualTo("1.5");
        assertThat(review.at("/verdict/after").asText()).isEqualTo("Go");
        assertThat(review.at("/matrixRows/0/criterion").asText()).isEqualTo("Testing");
        assertThat(review.at("/matrixRows/0/weight/after").toString()).isEqualTo("30");
        assertThat(review.at("/matrixRows/1/score/changed").asBoolean()).isFalse();
        assertThat(review.at("/checklist/0/change").asText()).isEqualTo("checked");
        assertThat(review.at("/checklist/0/path").toString()).isEqualTo("[\"Must Have\",\"Testing\"]");
        assertThat(review.at("/metrics/0/targetBefore").asText()).isEqualTo("met");
        assertThat(review.at("/metrics/0/targetAfter").asText()).isEqualTo("missed");
        assertThat(review.at("/newFindings/0/rule").asText()).isEqualTo("heading-status");
        assertThat(review.at("/fixedFindings/0/severity").asText()).isEqualTo("error");
        assertThat(json.at("/summary/newFindings").asLong()).isEqualTo(1);
        assertThat(json.at("/summary/fixedFindings").asLong()).isEqualTo(1);
    }

    @Test
    void fieldOrderIsStableAndLinesEndInNewlines() throws IOException {
        String json = write();
        JsonNode review = new JsonMapper().readTree(json).at("/reviews/0");

        assertThat(review.fieldNames()).toIterable().containsExactly("oldPath", "newPath", "changed", "statedScore",
                "computedScore", "verdict", "recommendation", "matrixRows", "checklist", "metrics", "newFindings",
                "fixedFindings", "changedFindings");
        assertThat(json).doesNotContain("\r").endsWith("}\n");
        assertThat(json).isEqualTo(write());
    }
}
