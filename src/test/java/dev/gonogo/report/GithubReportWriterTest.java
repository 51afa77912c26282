package dev.gonogo.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GithubReportWriterTest {

    @Test
    void writesOneWorkflowCommandPerFindingThenTheSummary() {
        assertThat(Reports.write(new GithubReportWriter(), SampleResults.result()))
                .isEqualTo(Golden.read("report.github.txt"));
    }

    @Test
    void escapesDataAsTheActionsToolkitDoes() {
        assertThat(GithubReportWriter.escapeData("100% done\r\nnext: a, b")).isEqualTo("100%25 done%0D%0Anext: a, b");
    }

    @Test
    void escapesPropertiesAlsoForColonAndComma() {
        assertThat(GithubReportWriter.escapeProperty("C:/docs/a, b%.md")).isEqualTo("C%3A/docs/a%2C b%25.md");
    }

    @Test
    void escapesPercentFirstSoOtherEscapesAreNotDoubled() {
        assertThat(GithubReportWriter.escapeData("%0A\n")).isEqualTo("%250A%0A");
    }
}
