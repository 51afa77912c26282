package dev.gonogo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gonogo.check.rules.Rules;
import dev.gonogo.config.GonogoConfig;
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

    /** With no time at all, every document is over the limit: each is set aside with the message, none stops the run. */
    @Test
    void aDocumentOverTheLimitIsSetAsideAndTheRunGoesOn() throws IOException {
        Path a = Files.writeString(dir.resolve("a.md"), "# A\n\n- [x] done\n");
        Path b = Files.writeString(dir.resolve("b.md"), "# B\n\n- [ ] open\n");
        GonogoConfig config = GonogoConfig.defaults();
        ReviewPipeline pipeline = new ReviewPipeline(new SourceReader(), new ReviewParser(config.parserVocabulary()),
                Rules.checker(config.checkSettings()), new DocumentTimeLimit(Duration.ZERO));

        CheckedFiles checked = pipeline.checkReadable(
                List.of(new ReviewFile(a, "a.md"), new ReviewFile(b, "b.md")), r -> r);

        assertThat(checked.result().reviews()).isEmpty();
        assertThat(checked.unreadable()).extracting(UnreadableFile::message).containsExactly(
                "a.md: took longer than 0 s to read, parse and check (the limit per document; see docs/limits.md)",
                "b.md: took longer than 0 s to read, parse and check (the limit per document; see docs/limits.md)");
    }
}
