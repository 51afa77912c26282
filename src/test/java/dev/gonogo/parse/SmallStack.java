package dev.gonogo.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.model.Review;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Parses on a thread with a small (512 KB) stack, a quarter of the usual one, so that recursion which would only
 * overflow on a small-stack machine overflows in the tests too. A parse that does not end within the time limit
 * fails instead of hanging the build.
 */
final class SmallStack {
    private static final long STACK_BYTES = 512 * 1024;
    private static final long LIMIT_MILLIS = 60_000;
    private static final ReviewParser PARSER = new ReviewParser(Vocabulary.defaults());

    private SmallStack() {
    }

    static Review parse(String text) {
        AtomicReference<Review> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(PARSER.parse(Documents.of(text)));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack-parse", STACK_BYTES);
        thread.start();
        try {
            thread.join(LIMIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(thread.isAlive()).as("still parsing after %d ms", LIMIT_MILLIS).isFalse();
        assertThat(failure.get()).isNull();
        assertThat(result.get().problems()).noneMatch(p -> p.message().contains("could not be parsed"));
        return result.get();
    }
}
