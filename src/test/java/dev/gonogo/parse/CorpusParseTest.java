package dev.gonogo.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.model.Matrix;
import dev.gonogo.model.Problem;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import dev.gonogo.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parses the real review documents of the team's shared corpus ({@code ../shared/corpus} beside the checkout; the
 * documents are not ours and are not copied into the project). Skipped when the corpus is absent. The expected
 * matrices and stated scores are the hand-worked arithmetic of the corpus's {@code SOURCES.tsv} files.
 */
class CorpusParseTest {

    private static final ReviewParser PARSER = new ReviewParser(Vocabulary.defaults());

    @Test
    void everyDocumentParsesWithoutAnInternalProblem() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.walk(corpus())) {
            documents = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(documents).isNotEmpty();
        for (Path document : documents) {
            Review review = parse(document);
            assertThat(review.problems()).as(document.toString()).extracting(Problem::message)
                    .noneMatch(message -> message.contains("could not be parsed"));
            assertThat(review.title()).as(document + ": title").isNotEmpty();
        }
    }

    /** Matrices (rows, computed score) and the first stated score, as worked out by hand in SOURCES.tsv. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "x0/docs__STATUS__2026-02-20_96ce894.md                     | 5  | false | 80.2          | 82    | 242",
            "x0/root__100_PERCENT_READINESS_PLAN.md                     | 8  | false | 94.375        | 95    | 21",
            "real/ru-gpt-agent-platform-production-deployment-checklist.md | 9 | false | 71.5555555556 | 68  | 36",
            "real/tokyo-roulette-security-audit-v2-rating-vs-score.md   | 6  | true  | 99.5          | 95    | 11",
            "real/redditbot-final-readiness-score-over-100.md           | 10 | false | 100.8666666667 | 100.9 | 5",
    })
    void handWorkedArithmeticIsFound(String file, int rows, boolean weighted, String computed, String stated,
                                     int statedLine) throws IOException {
        Review review = parse(corpus().resolve(file));
        Matrix matrix = review.matrix();
        assertThat(matrix).as("decision matrix").isNotNull();
        assertThat(matrix.rows()).hasSize(rows);
        assertThat(matrix.weighted()).isEqualTo(weighted);
        assertThat(matrix.computedScore()).isEqualByComparingTo(computed);
        assertThat(review.statedScore().value()).isEqualByComparingTo(stated);
        assertThat(review.statedScore().line()).isEqualTo(statedLine);
    }

    /** Task boxes as counted in SOURCES.tsv (including backtick boxes and nested items). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "real/k8s-kep-3545-prr-release-signoff-checklist.md         | 30  | 24",
            "real/zh-inulearning-prr-backtick-checkboxes.md             | 36  | 4",
            "real/ru-gpt-agent-platform-production-deployment-checklist.md | 52 | 4",
            "real/tokyo-roulette-security-audit-v2-rating-vs-score.md   | 26  | 21",
            "real/isomap-prelaunch-fixes-progress-v1-partial.md         | 20  | 7",
            "real/shieldfy-api-security-checklist-ru.md                 | 64  | 0",
            "real/ru-x0tta6bl4-release-go-no-go-checklist.md            | 23  | 0",
            "x0/zencoder__PRODUCTION_READINESS_CHECKLIST.md             | 171 | 107",
            "x0/otherproj__PROGRESS_TRACKER_CAD_18WEEKS.md              | 123 | 6",
            "x0/docs-team__READINESS_CHECKLIST.md                       | 72  | 32",
            "x0/root__READINESS_10_10_CHECKLIST.md                      | 64  | 63",
            "x0/root__DECISION_ACCEPTED_2026.md                         | 9   | 2",
    })
    void checklistBoxesAreCounted(String file, int boxes, int checked) throws IOException {
        Review review = parse(corpus().resolve(file));
        assertThat(review.checklist()).hasSize(boxes);
        assertThat(review.checklist()).filteredOn(item -> item.checked()).hasSize(checked);
    }

    @Test
    void tokyoRouletteStatesTwoDifferentOverallScores() throws IOException {
        Review review = parse(corpus().resolve("real/tokyo-roulette-security-audit-v2-rating-vs-score.md"));
        assertThat(review.scoreStatements()).extracting(ScoreStatement::line, s -> s.value().toPlainString())
                .containsExactly(org.assertj.core.api.Assertions.tuple(11, "95"),
                        org.assertj.core.api.Assertions.tuple(328, "99.5"));
        assertThat(review.matrix().weightTotal()).isEqualByComparingTo("100");
    }

    @Test
    void readinessTenOfTenKeepsTheNonTechnicalRow() throws IOException {
        // SOURCES.tsv leaves out the 0% "Коммерциализация" row (mean 99.375 of 8); the table itself has 9 rows.
        Review review = parse(corpus().resolve("x0/root__READINESS_10_10_CHECKLIST.md"));
        assertThat(review.matrix().rows()).hasSize(9);
        assertThat(review.matrix().rows().get(8).score()).isEqualByComparingTo("0");
        assertThat(review.statedScore().value()).isEqualByComparingTo("100");
        assertThat(review.statedScore().line()).isEqualTo(22);
    }

    @Test
    void spanishReportStatesItsReadinessOutOfTen() throws IOException {
        Review review = parse(corpus().resolve("real/hotelero-deployment-readiness-report-es.md"));
        assertThat(review.statedScore().value()).isEqualByComparingTo("7.0");
        assertThat(review.statedScore().scale()).isEqualByComparingTo("10");
    }

    private static Review parse(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return PARSER.parse(Documents.of(file.getFileName().toString(), text));
    }

    private static Path corpus() {
        return SharedFiles.require("corpus");
    }
}
