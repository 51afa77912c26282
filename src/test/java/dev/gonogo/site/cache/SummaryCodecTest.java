package dev.gonogo.site.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.bench.CorpusGenerator;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.pipeline.ReviewFiles;
import dev.gonogo.pipeline.ReviewPipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cached summary must read back equal to the one a cold build computes, or rebuilds would publish other pages. */
class SummaryCodecTest {
    private final SummaryCodec codec = new SummaryCodec();

    @Test
    void everyTestReviewSummaryReadsBackEqual() throws IOException {
        List<ReviewResult> results = check(Path.of("src/test/resources"));

        assertThat(results).hasSizeGreaterThan(20);
        assertRoundTrips(results);
    }

    @Test
    void generatedReviewSummariesReadBackEqual(@TempDir Path folder) throws IOException {
        CorpusGenerator.fromProjectSeed(CorpusGenerator.DEFAULT_SEED).write(40, folder);

        assertRoundTrips(check(folder));
    }

    private void assertRoundTrips(List<ReviewResult> results) throws IOException {
        for (ReviewResult result : results) {
            ReviewResult summary = result.outline();
            assertThat(codec.read(codec.write(summary))).as(summary.review().source().path()).isEqualTo(summary);
        }
    }

    private static List<ReviewResult> check(Path folder) {
        return ReviewPipeline.of(GonogoConfig.defaults()).check(ReviewFiles.collect(List.of(folder))).reviews();
    }
}
