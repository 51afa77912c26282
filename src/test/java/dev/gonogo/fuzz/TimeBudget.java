package dev.gonogo.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input on a worker thread and fails when it takes longer than the budget: a hang must be a finding,
 * not a stuck build. The first input gets a minute: it pays for loading (and, when fuzzing, instrumenting) every
 * class on the path. One per fuzz target; a timed-out worker is interrupted and replaced.
 */
final class TimeBudget implements AutoCloseable {

    private static final Duration WARM_UP = Duration.ofMinutes(1);

    private final Duration budget;
    private ExecutorService worker = newWorker();
    private boolean warm;

    TimeBudget(Duration budget) {
        this.budget = budget;
    }

    <T> T run(Callable<T> work) throws Exception {
        Future<T> result = worker.submit(work);
        Duration allowed = warm ? budget : WARM_UP;
        try {
            T value = result.get(allowed.toMillis(), TimeUnit.MILLISECONDS);
            warm = true;
            return value;
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError("input took longer than " + allowed.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            warm = true;
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzz-input");
            thread.setDaemon(true);
            return thread;
        });
    }
}
