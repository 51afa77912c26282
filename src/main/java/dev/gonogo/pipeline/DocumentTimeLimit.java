package dev.gonogo.pipeline;

import dev.gonogo.source.InputException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The time one document may take to be read, parsed and checked. Every stage is linear in the document's size
 * (and fuzzed for slow inputs, see docs/fuzzing.md), so the limit is a last line of defence: a document that
 * exceeds it becomes an input error for that document, and the run goes on with the others instead of hanging CI.
 *
 * <p>The work runs on a daemon thread of its own so that the caller can stop waiting. Java cannot stop a thread
 * that does not look at its interrupt flag, so a runaway document's thread is interrupted and left to finish on its
 * own; being a daemon, it never keeps the process alive.
 *
 * @param limit how long one document may take; 2 minutes by default (a 10 KB review takes about 10 ms)
 */
public record DocumentTimeLimit(Duration limit) {

    public static final DocumentTimeLimit DEFAULT = new DocumentTimeLimit(Duration.ofMinutes(2));

    public DocumentTimeLimit {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a time limit cannot be negative: " + limit);
        }
    }

    /** The result of {@code work} on the document at {@code path}, or an {@link InputException} past the limit. */
    public <T> T run(String path, Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread worker = new Thread(task, "gonogo-document");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new InputException(String.format(Locale.ROOT,
                    "%s: took longer than %s to read, parse and check (the limit per document; see docs/limits.md)",
                    path, describe(limit)));
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new InputException(path + ": interrupted while it was being checked", e);
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private static String describe(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
