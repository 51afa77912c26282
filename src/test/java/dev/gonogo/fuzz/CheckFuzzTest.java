package dev.gonogo.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.pipeline.ReviewPipeline;
import dev.gonogo.source.InputException;
import dev.gonogo.source.SourceDocument;
import java.time.Duration;

/** Every rule, through the same pipeline {@code gonogo check} uses: findings only, each pointing into the file. */
class CheckFuzzTest {
    private static final ReviewPipeline PIPELINE = ReviewPipeline.of(GonogoConfig.defaults());
    private static final TimeBudget TIME = new TimeBudget(Duration.ofSeconds(10));

    @FuzzTest
    void check(byte[] bytes) throws Exception {
        SourceDocument document;
        try {
            document = PIPELINE.reader().decode(bytes, "fuzz.md");
        } catch (InputException e) {
            return;
        }
        ReviewResult result = TIME.run(() -> PIPELINE.check(document));
        Invariants.resultIsSound(result);
    }
}
