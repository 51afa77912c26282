package dev.gonogo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Severity;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.pipeline.ReviewFiles;
import dev.gonogo.pipeline.ReviewPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark corpus doubles as a correctness check at scale: over 200 generated reviews the real pipeline finds
 * every planted error and nothing else at error level.
 */
class GeneratedCorpusTest {
    private static final int COUNT = 200;

    @TempDir
    Path folder;

    @Test
    void everyPlantedErrorIsFoundAndNothingElseAtErrorLevel() throws IOException {
        List<PlantedError> truth = CorpusGenerator.fromProjectSeed(CorpusGenerator.DEFAULT_SEED).write(COUNT, folder);

        CheckResult result = ReviewPipeline.of(GonogoConfig.defaults()).check(ReviewFiles.collect(List.of(folder)));

        assertThat(result.reviews()).hasSize(COUNT);
        List<PlantedError> found = result.findings()
                .filter(finding -> finding.severity() == Severity.ERROR)
                .map(GeneratedCorpusTest::asPlanted)
                .sorted(PlantedError.ORDER)
                .toList();
        assertThat(found).containsExactlyElementsOf(truth);
    }

    @Test
    void plantsWeightErrorsInAboutOneReviewInTenAndScoreErrorsInAboutOneInFive() throws IOException {
        List<PlantedError> truth = CorpusGenerator.fromProjectSeed(CorpusGenerator.DEFAULT_SEED).write(COUNT, folder);

        long weights = truth.stream().filter(e -> e.rule().equals("weights-sum")).count();
        long scores = truth.stream().filter(e -> e.rule().equals("score-mismatch")).count();
        assertThat(weights).isBetween(COUNT * 5L / 100, COUNT * 15L / 100);
        assertThat(scores).isBetween(COUNT * 13L / 100, COUNT * 27L / 100);
        assertThat(truth).allSatisfy(error -> assertThat(error.line())
                .isEqualTo(error.rule().equals("weights-sum") ? 142 : 150));
        assertThat(Files.readAllLines(folder.resolve(CorpusGenerator.GROUND_TRUTH)))
                .first().isEqualTo("path\trule\tline");
        assertThat(Files.readAllLines(folder.resolve(CorpusGenerator.GROUND_TRUTH))).hasSize(truth.size() + 1);
    }

    @Test
    void sameCountAndSeedGiveTheSameFilesAndASmallerCorpusIsAPrefix(@TempDir Path other) throws IOException {
        CorpusGenerator generator = CorpusGenerator.fromProjectSeed(CorpusGenerator.DEFAULT_SEED);
        generator.write(30, folder);
        generator.write(10, other);

        try (Stream<Path> files = Files.list(other)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                assertThat(folder.resolve(file.getFileName())).hasSameBinaryContentAs(file);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".md"))).hasSize(30);
        }
    }

    @Test
    void reviewsKeepTheSeedsRussianTextAndLineCountButVaryTheirFacts() throws IOException {
        CorpusGenerator.fromProjectSeed(CorpusGenerator.DEFAULT_SEED).write(10, folder);
        List<String> seed = Files.readAllLines(CorpusGenerator.SEED, StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> reviews = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
            assertThat(reviews).hasSize(10);
            for (Path review : reviews) {
                List<String> lines = Files.readAllLines(review, StandardCharsets.UTF_8);
                assertThat(lines).hasSameSizeAs(seed).contains("## 🔍 Go/No-Go Criteria", "### Must Have (Критично) ✅");
                assertThat(lines.get(2)).startsWith("**Версия:** ").doesNotContain("x0tta6bl4 v3.4.0");
            }
            assertThat(reviews.stream().map(GeneratedCorpusTest::matrixRows).distinct()).hasSize(10);
        }
    }

    private static String matrixRows(Path review) {
        try {
            return String.join("\n", Files.readAllLines(review, StandardCharsets.UTF_8).subList(143, 148));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PlantedError asPlanted(Finding finding) {
        String path = finding.location().path();
        return new PlantedError(path.substring(path.lastIndexOf('/') + 1), finding.rule(), finding.location().line());
    }
}
