package dev.gonogo.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gonogo.report.json.Json;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    @Test
    void writesFindingsAndSummaryAsWrittenByHand() {
        assertThat(Reports.write(new JsonReportWriter(), SampleResults.result())).isEqualTo(Golden.read("report.json"));
    }

    @Test
    void keepsEveryCharacterOfTheMessageWhenReadBack() throws Exception {
        JsonNode json = Json.mapper().readTree(Reports.write(new JsonReportWriter(), SampleResults.result()));

        assertThat(json.at("/findings/6/message").asText()).isEqualTo(SampleResults.NASTY_MESSAGE);
        assertThat(json.at("/findings/6/path").asText()).isEqualTo(SampleResults.CYRILLIC);
    }

    @Test
    void writesAnEmptyListAndZeroCountsForNoReviews() throws Exception {
        JsonNode json = Json.mapper().readTree(Reports.write(new JsonReportWriter(), SampleResults.empty()));

        assertThat(json.get("findings")).isEmpty();
        assertThat(json.at("/summary/files").asInt()).isZero();
        assertThat(json.at("/summary/findings").asInt()).isZero();
    }
}
