package dev.gonogo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {

    @Test
    void writesOneLinePerFindingRelatedLinesIndentedAndASummary() {
        assertThat(Reports.write(new TextReportWriter(false), SampleResults.result()))
                .isEqualTo(Golden.read("report.txt"));
    }

    @Test
    void colourIsOnlyAddedNeverChangesTheText() {
        String coloured = Reports.write(new TextReportWriter(true), SampleResults.result());

        assertThat(coloured).contains("\u001B[31m\u001B[1merror:\u001B[0m", "\u001B[33m\u001B[1mwarning:\u001B[0m");
        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(Golden.read("report.txt"));
    }

    @Test
    void saysSoWhenThereIsNothingToReport() {
        CheckResult clean = new CheckResult(List.of(SampleResults.clean()), SampleResults.rules());

        assertThat(Reports.write(new TextReportWriter(false), clean)).isEqualTo("1 file checked: no findings\n");
        assertThat(Reports.write(new TextReportWriter(false), SampleResults.empty()))
                .isEqualTo("0 files checked: no findings\n");
    }

    @Test
    void neutralisesEscapeSequencesQuotedFromAReview() {
        Finding finding = new Finding("score-mismatch", Severity.ERROR, "title \u001B[2J\u0007 cleared",
                new Location("a.md", 1, 1, ""), List.of());
        CheckResult result = new CheckResult(
                List.of(new ReviewResult(SampleReviews.empty("a.md"), List.of(finding))), SampleResults.rules());

        assertThat(Reports.write(new TextReportWriter(false), result))
                .startsWith("a.md:1:1: error: title \uFFFD[2J\uFFFD cleared [score-mismatch]\n")
                .doesNotContain("\u001B");
    }
}
