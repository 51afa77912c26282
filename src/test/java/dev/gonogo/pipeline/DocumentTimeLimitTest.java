package dev.gonogo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gonogo.check.CheckSettings;
import dev.gonogo.check.Checker;
import dev.gonogo.check.FindingSink;
import dev.gonogo.check.Rule;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.Severity;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.model.Review;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.source.InputException;
import dev.gonogo.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTimeLimitTest {

    private static final DocumentTimeLimit TENTH_OF_A_SECOND = new DocumentTimeLimit(Duration.ofMillis(100));

    @TempDir
    Path dir;

    @Test
    void workWithinTheLimitGivesItsResult() {
        assertThat(DocumentTimeLimit.DEFAULT.run("a.md", () -> "checked")).isEqualTo("checked");
    }

    /** The work never ends (it waits for a latch nobody counts down): the caller stops waiting at the limit. */
    @Test
    void workPastTheLimitIsAnInputErrorNamingTheDocument() {
        CountDownLatch never = new CountDownLatch(1);

        assertThatThrownBy(() -> TENTH_OF_A_SECOND.run("reviews/slow.md", () -> {
            try {
                never.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            return "never";
        })).isInstanceOf(InputException.class).hasMessage("reviews/slow.md: took longer than 100 ms to read, parse "
                + "and check (the limit per document; see docs/limits.md)");
    }

    @Test
    void failuresOfTheWorkReachTheCallerAsThemselves() {
        IllegalStateException bug = new IllegalStateException("a bug");
        InputException unreadable = new InputException("a.md: no such file");

        assertThatThrownBy(() -> DocumentTimeLimit.DEFAULT.run("a.md", () -> {
            throw bug;
        })).isSameAs(bug);
        assertThatThrownBy(() -> DocumentTimeLimit.DEFAULT.run("a.md", () -> {
            throw unreadable;
        })).isSameAs(unreadable);
        assertThatThrownBy(() -> DocumentTimeLimit.DEFAULT.run("a.md", () -> {
            throw new StackOverflowError();
        })).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> new DocumentTimeLimit(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A rule that never finishes on review "A" (it waits for a latch nobody counts down) and does nothing on others. */
    private static final class StuckOnA implements Rule {
        private final CountDownLatch never = new CountDownLatch(1);

        @Override
        public RuleInfo info() {
            return new RuleInfo("stuck", "Never finishes on A", Severity.ERROR, "a test rule", "", "");
        }

        @Override
        public void check(Review review, FindingSink sink) {
            if (review.title().equals("A")) {
                try {
                    never.await();
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Test
    void aDocumentOverTheLimitIsSetAsideAndTheRunGoesOn() throws IOException {
        Path a = Files.writeString(dir.resolve("a.md"), "# A\n\n- [x] done\n");
        Path b = Files.writeString(dir.resolve("b.md"), "# B\n\n- [ ] open\n");
        ReviewParser parser = new ReviewParser(GonogoConfig.defaults().parserVocabulary());
        parser.parse(new SourceReader().read(b, "warm-up")); // the classes loaded, so B's time is its own
        ReviewPipeline pipeline = new ReviewPipeline(new SourceReader(), parser,
                new Checker(List.of(new StuckOnA()), CheckSettings.defaults()),
                new DocumentTimeLimit(Duration.ofSeconds(2)));

        CheckedFiles checked = pipeline.checkReadable(
                List.of(new ReviewFile(a, "reviews/a.md"), new ReviewFile(b, "reviews/b.md")), r -> r);

        assertThat(checked.unreadable()).extracting(UnreadableFile::message).containsExactly("reviews/a.md: took "
                + "longer than 2 s to read, parse and check (the limit per document; see docs/limits.md)");
        assertThat(checked.result().reviews()).extracting(r -> r.review().title()).containsExactly("B");
    }
}
