package dev.gonogo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.Severity;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {
    private static final String BASE = "https://github.com/acme/reviews/blob/abc123";

    @Test
    void writesVerdictsScoresAndFindingsWithLinksAsWrittenByHand() {
        // The base is given without its trailing slash: the writer adds it.
        assertThat(Reports.write(new MarkdownReportWriter(BASE), SampleResults.result()))
                .isEqualTo(Golden.read("report.md"));
    }

    @Test
    void writesPlainLocationsWithoutALinkBase() {
        String md = Reports.write(new MarkdownReportWriter(""), SampleResults.result());

        assertThat(md).doesNotContain("](<").contains(
                "| ❌ error | reviews/prr-x0tta6bl4-v3.4.0.md:150 | `score-mismatch` |",
                "| Go with conditions | 83.5 (line 150) | 85.65 |");
    }

    @Test
    void saysAllIsWellWhenNothingIsFound() {
        CheckResult clean = new CheckResult(List.of(SampleResults.clean()), SampleResults.rules());

        assertThat(Reports.write(new MarkdownReportWriter(""), clean))
                .startsWith("## ✅ gonogo: no findings\n\n1 review checked.\n")
                .doesNotContain("### Findings");
    }

    @Test
    void staysUnderTheLimitAndSaysHowManyRowsWereLeftOut() {
        CheckResult many = manyFindings(5_000);
        String md = Reports.write(new MarkdownReportWriter(BASE), many);

        assertThat(md.length()).isLessThanOrEqualTo(MarkdownReportWriter.GITHUB_COMMENT_LIMIT);
        long shown = md.lines().filter(line -> line.startsWith("| ❌ error |")).count();
        assertThat(shown).isPositive().isLessThan(5_000);
        assertThat(md).endsWith("> **Note:** " + (5_000 - shown) + " findings were left out to keep this comment "
                + "under GitHub's 65,536-character limit. Run `gonogo check` for the full report.\n");
    }

    @Test
    void aSmallLimitIsHonouredToo() {
        String md = Reports.write(new MarkdownReportWriter("", 1_000), manyFindings(50));

        assertThat(md.length()).isLessThanOrEqualTo(1_000);
        assertThat(md).contains("findings were left out");
    }

    private static CheckResult manyFindings(int count) {
        List<Finding> findings = IntStream.rangeClosed(1, count)
                .mapToObj(line -> new Finding("weights-sum", Severity.ERROR,
                        "Weights total 95% in row " + line + "; make them total 100%.",
                        new Location("reviews/big.md", line, 1, ""), List.of()))
                .toList();
        return new CheckResult(List.of(new ReviewResult(SampleReviews.empty("reviews/big.md"), findings)),
                SampleResults.rules());
    }
}
