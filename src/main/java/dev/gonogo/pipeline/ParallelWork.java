package dev.gonogo.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Work over the items of a list in parallel that waits for every item before it reports a failure, and reports
 * failures in item order, not thread order. A parallel stream rethrows the first exception while other items may
 * still be running: a build's would go on writing into the staging folder that the publisher deletes on failure,
 * and leave part of it behind.
 */
public final class ParallelWork {

    /** The work on one item, by its index. */
    @FunctionalInterface
    public interface Item<R> {
        R apply(int index) throws IOException;
    }

    /** What one item gave: its value, or what it threw. */
    public record Outcome<R>(R value, Throwable failure) {

        /** The value, or the failure thrown again (an {@link IOException} as an {@link UncheckedIOException}). */
        public R get() {
            if (failure == null) {
                return value;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(failure);
        }
    }

    private ParallelWork() {
    }

    /** What every item gave, in item order, once every item has ended. */
    public static <R> List<Outcome<R>> outcomes(int count, Item<R> work) {
        return IntStream.range(0, count).parallel().mapToObj(i -> {
            try {
                return new Outcome<>(work.apply(i), null);
            } catch (Throwable failure) { // Errors too: the other items must still be waited for
                return new Outcome<R>(null, failure);
            }
        }).toList();
    }

    /** The results in item order; the first failure in item order, once every item has ended. */
    public static <R> List<R> all(int count, Item<R> work) throws IOException {
        List<Outcome<R>> outcomes = outcomes(count, work);
        for (Outcome<R> outcome : outcomes) {
            if (outcome.failure() instanceof IOException io) {
                throw io;
            }
            outcome.get();
        }
        return outcomes.stream().map(Outcome::value).toList();
    }
}
