package dev.gonogo.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Work over the items of a list in parallel that waits for every item before it reports a failure. A parallel
 * stream rethrows the first exception while other items may still be running: here they would go on writing into
 * the staging folder that the publisher deletes on failure, and leave part of it behind.
 */
final class ParallelWork {

    /** The work on one item, by its index. */
    @FunctionalInterface
    interface Item<R> {
        R apply(int index) throws IOException;
    }

    private record Outcome<R>(R value, Throwable failure) {
    }

    private ParallelWork() {
    }

    /** The results in item order; the first failure in item order, once every item has ended. */
    static <R> List<R> all(int count, Item<R> work) throws IOException {
        List<Outcome<R>> outcomes = IntStream.range(0, count).parallel().mapToObj(i -> {
            try {
                return new Outcome<>(work.apply(i), null);
            } catch (Throwable failure) { // Errors too: the other items must still be waited for
                return new Outcome<R>(null, failure);
            }
        }).toList();
        List<R> results = new ArrayList<>(count);
        for (Outcome<R> outcome : outcomes) {
            if (outcome.failure() != null) {
                throw rethrown(outcome.failure());
            }
            results.add(outcome.value());
        }
        return results;
    }

    private static IOException rethrown(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(failure);
    }
}
