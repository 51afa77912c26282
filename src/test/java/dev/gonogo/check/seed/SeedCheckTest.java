package dev.gonogo.check.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.CheckSettings;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.rules.Rules;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.parse.Vocabulary;
import dev.gonogo.source.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seed review (test resources, ours to copy) checked end to end. Expected findings were read off the document
 * by hand: see the comments for the lines each one rests on.
 */
class SeedCheckTest {

    static final String CLEAN = "/seed/prr-x0tta6bl4-v3.4.0.md";
    static final String MOJIBAKE = "/seed/000_eca485751805e2a7.txt";
    static final String CONSISTENT = "/seed/prr-x0tta6bl4-v3.4.0-consistent.md";

    private final ReviewResult seed = check(CLEAN);

    @Test
    void theStatedScoreOnLine150IsTheOnlyScoreMismatch() {
        assertThat(findings(seed, "score-mismatch")).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(150);
            assertThat(f.location().column()).isEqualTo(22); // **Overall Score:** **83.5%**
            assertThat(f.message()).contains("83.5%", "30%×95 + 25%×85 + 20%×97 + 15%×70 + 10%×60 = 85.65",
                    "rounds to 85.7");
        });
    }

    @Test
    void headingsMarkedDoneOverUnfinishedItems() {
        // 59: "## ✅ Completed Tests" over tests 3 and 4 (⏳); 98: "### Must Have (Критично) ✅" over 4 open boxes;
        // 224: "## ✅ Action Items" over three ⚠️ items. 217 "Low Risk ✅" grades a risk and is not reported.
        assertThat(lines(findings(seed, "heading-status"))).containsExactly(59, 98, 224);
        Finding mustHave = findings(seed, "heading-status").get(1);
        assertThat(mustHave.related()).extracting(Location::line).containsExactly(112, 113, 120, 121);
    }

    @Test
    void theStabilityTestAndFailureInjectionAreClaimedDoneWhereTheyAreNot() {
        Map<Integer, Set<Integer>> conflicts = findings(seed, "status-conflict").stream()
                .collect(Collectors.toMap(f -> f.location().line(),
                        f -> f.related().stream().map(Location::line).collect(Collectors.toSet())));

        // One conflict per item, at its first done claim; the other claims and the contradicting lines related.
        assertThat(conflicts.keySet()).containsExactlyInAnyOrder(14, 15);
        // stability test: done at 14, 159, 227; ⏳ 79, RUNNING 81, [ ] ⏳ 112, Running 244
        assertThat(conflicts.get(14)).containsExactlyInAnyOrder(159, 227, 79, 81, 112, 244);
        // failure injection: done at 15, 160, 228; ⏳ 85, ⏳ 87, [ ] ⏳ 113
        assertThat(conflicts.get(15)).containsExactlyInAnyOrder(160, 228, 85, 87, 113);
    }

    @Test
    void monitoringStackIsNotMonitoringScriptsAndNoGoCriteriaAreNotClaims() {
        for (Finding finding : seed.findings()) {
            List<Integer> lines = new ArrayList<>(lines(List.of(finding)));
            finding.related().forEach(r -> lines.add(r.line()));
            if (finding.rule().equals("status-conflict")) {
                assertThat(lines).as(finding.message()).doesNotContain(121, 134);
            }
            assertThat(lines).as(finding.message()).doesNotContain(177, 178, 179, 180);
        }
    }

    @Test
    void timelineStepsDatedAfterTheReviewAreNotDone() {
        // Document date 2026-01-10; "### Jan 11-12, 2026" holds two ✅ steps.
        assertThat(lines(findings(seed, "future-done"))).containsExactly(202, 203);
    }

    @Test
    void nothingElseIsFound() {
        assertThat(seed.findings()).extracting(Finding::rule).containsOnly("score-mismatch", "heading-status",
                "status-conflict", "future-done");
    }

    @Test
    void theMojibakeOriginalGivesTheSameFindingsPlusAnEncodingWarning() {
        ReviewResult mojibake = check(MOJIBAKE);

        assertThat(mojibake.findings()).filteredOn(f -> !f.rule().equals("encoding"))
                .extracting(f -> f.rule() + "@" + f.location().line() + ":" + f.location().column() + " "
                        + f.message())
                .containsExactlyElementsOf(seed.findings().stream()
                        .map(f -> f.rule() + "@" + f.location().line() + ":" + f.location().column() + " "
                                + f.message()).toList());
        assertThat(findings(mojibake, "encoding")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Mac Roman"));
    }

    @Test
    void theConsistentVersionWrittenByHandRaisesNothing() {
        // The same document with its contradictions removed and the score stated as 85.65 (see the resource).
        assertThat(check(CONSISTENT).findings()).isEmpty();
    }

    static ReviewResult check(String resource) {
        try (InputStream in = SeedCheckTest.class.getResourceAsStream(resource)) {
            byte[] bytes = in.readAllBytes();
            return Rules.checker(CheckSettings.defaults()).check(new ReviewParser(Vocabulary.defaults())
                    .parse(new SourceReader().decode(bytes, resource.substring(1))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Finding> findings(ReviewResult result, String rule) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static List<Integer> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.location().line()).toList();
    }
}
