package dev.gonogo.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.Severity;
import dev.gonogo.report.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeQualityReportWriterTest {

    @Test
    void writesGitLabIssuesAsWrittenByHand() {
        // Fingerprints computed independently: sha256(rule NUL path NUL message NUL occurrence).
        assertThat(Reports.write(new CodeQualityReportWriter(), SampleResults.result()))
                .isEqualTo(Golden.read("report.codequality.json"));
    }

    @Test
    void keepsTheFingerprintWhenTheFindingMovesAndTellsTwinsApart() throws Exception {
        JsonNode before = issues(finding(10), finding(20));
        JsonNode after = issues(finding(12), finding(22));

        assertThat(before.at("/0/fingerprint")).isEqualTo(after.at("/0/fingerprint"));
        assertThat(before.at("/1/fingerprint")).isEqualTo(after.at("/1/fingerprint"));
        assertThat(before.at("/0/fingerprint")).isNotEqualTo(before.at("/1/fingerprint"));
    }

    @Test
    void writesAnEmptyArrayWhenNothingIsFound() {
        assertThat(Reports.write(new CodeQualityReportWriter(), SampleResults.empty())).isEqualTo("[]\n");
    }

    private static Finding finding(int line) {
        return new Finding("weights-sum", Severity.ERROR, "Weights total 95%.", new Location("a.md", line, 1, ""),
                List.of());
    }

    private static JsonNode issues(Finding... findings) throws Exception {
        CheckResult result = new CheckResult(
                List.of(new ReviewResult(SampleReviews.empty("a.md"), List.of(findings))), SampleResults.rules());
        return Json.mapper().readTree(Reports.write(new CodeQualityReportWriter(), result));
    }
}
