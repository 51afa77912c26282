package dev.gonogo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.Severity;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.testing.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real reviews from public repositories ({@code ../shared/corpus}, read in place, never copied; skipped when absent),
 * checked against the arithmetic their {@code SOURCES.tsv} works out by hand.
 */
class CorpusCheckTest {

    /**
     * The one noted mismatch gonogo cannot see, because nothing states it as a table, a bar chart or a list of
     * scores: a recalculation written as prose bullets with point deltas (93.3 + 2.0 + 0.4 stated as 96.8).
     */
    private static final Set<String> NOT_A_TABLE = Set.of("real/de-blockchain-forensics-score-recalc-93-to-96.md");

    private static Path corpus;
    private static Map<String, ReviewResult> results;

    @BeforeAll
    static void checkTheCorpus() {
        corpus = SharedFiles.require("corpus");
        CheckResult result = ReviewPipeline.of(GonogoConfig.defaults())
                .check(ReviewFiles.collect(List.of(corpus)));
        results = new TreeMap<>();
        for (ReviewResult review : result.reviews()) {
            String relative = corpus.relativize(Path.of(review.review().source().path())).toString()
                    .replace('\\', '/');
            results.put(relative, review);
        }
    }

    @Test
    void everyDocumentIsReadAndNoRuleFails() {
        assertThat(results).hasSizeGreaterThanOrEqualTo(40);
        assertThat(results.values().stream().flatMap(r -> r.findings().stream()))
                .noneMatch(f -> f.rule().equals("internal-error"));
    }

    @Test
    void everyNotedMismatchInATableIsFound() throws IOException {
        List<String> mismatches = rows().entrySet().stream()
                .filter(e -> e.getValue().startsWith("MISMATCH"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(mismatches).hasSize(5);
        for (String document : mismatches) {
            if (!NOT_A_TABLE.contains(document)) {
                assertThat(results.get(document).findings()).as(document)
                        .anyMatch(f -> f.rule().equals("score-mismatch") || f.rule().equals("average-mismatch"));
            }
        }
    }

    @Test
    void scoresOutsideTheirScaleAndAHeaderContradictingTheTableAreFound() {
        // "Score: 100.9/100" and category bullets at 120/100 and 112/100.
        assertThat(results.get("real/redditbot-final-readiness-score-over-100.md").findings())
                .filteredOn(f -> f.rule().equals("score-range"))
                .extracting(f -> f.location().line()).containsExactly(5, 11, 14);
        // "Overall Security Rating: EXCELLENT (95/100)" above a table that gives 99.5.
        assertThat(results.get("real/tokyo-roulette-security-audit-v2-rating-vs-score.md").findings())
                .filteredOn(f -> f.rule().equals("score-mismatch"))
                .singleElement().satisfies(f -> assertThat(f.location().line()).isEqualTo(11));
    }

    @Test
    void documentsNotedConsistentRaiseNoErrors() throws IOException {
        List<String> consistent = rows().entrySet().stream()
                .filter(e -> e.getValue().startsWith("consistent") && !e.getValue().contains(" but "))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(consistent).isNotEmpty();
        for (String document : consistent) {
            assertThat(results.get(document).findings()).as(document)
                    .noneMatch(f -> f.severity() == Severity.ERROR);
        }
    }

    @Test
    void noArithmeticErrorOnDocumentsWhoseArithmeticWasNotDisputed() throws IOException {
        Set<String> disputed = rows().entrySet().stream()
                .filter(e -> !e.getValue().startsWith("n")
                        && (!e.getValue().startsWith("consistent") || e.getValue().contains(" but ")))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        for (Map.Entry<String, ReviewResult> document : results.entrySet()) {
            if (!disputed.contains(document.getKey())) {
                assertThat(document.getValue().findings()).as(document.getKey())
                        .noneMatch(f -> Set.of("score-mismatch", "weights-sum").contains(f.rule()));
            }
        }
    }

    /** File (relative to the corpus) → its arithmetic column. */
    private static Map<String, String> rows() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        for (String folder : List.of("real", "x0")) {
            List<String> lines = Files.readAllLines(corpus.resolve(folder).resolve("SOURCES.tsv"));
            List<String> header = List.of(lines.get(0).split("\t", -1));
            int arithmetic = header.indexOf("arithmetic");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                rows.put(folder + "/" + cells[0], cells[arithmetic].strip());
            }
        }
        return rows;
    }
}
