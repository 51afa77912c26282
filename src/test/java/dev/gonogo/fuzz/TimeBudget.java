package dev.gonogo.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input on a worker thread and fails when it takes more than the budget of CPU time: slow input
 * must be a finding, and a hang must not stick the build. CPU time, not wall-clock time, because fuzzing runs
 * under {@code nice -n 19} on a shared machine, where a starved thread once waited more than 10 s over an input
 * that needs half a second. A hang is still caught by a wall-clock limit of ten budgets; the first input of a JVM
 * is allowed a minute of either, for loading (and, when fuzzing, instrumenting) every class on the path.
 */
final class TimeBudget implements AutoCloseable {

    private static final Duration WARM_UP = Duration.ofMinutes(1);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Duration budget;
    private ExecutorService worker = newWorker();
    private boolean warm;

    TimeBudget(Duration budget) {
        this.budget = budget;
    }

    <T> T run(Callable<T> work) throws Exception {
        Duration allowed = warm ? budget : WARM_UP;
        Future<Measured<T>> result = worker.submit(() -> measured(work));
        Measured<T> measured;
        try {
            measured = result.get(allowed.toMillis() * 10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError("input still running after " + allowed.toSeconds() * 10 + " s", e);
        } catch (ExecutionException e) {
            warm = true;
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
        warm = true;
        if (measured.cpu().compareTo(allowed) > 0) {
            throw new AssertionError("input took " + measured.cpu().toMillis() + " ms of CPU, more than "
                    + allowed.toSeconds() + " s");
        }
        return measured.value();
    }

    private static <T> Measured<T> measured(Callable<T> work) throws Exception {
        long start = THREADS.getCurrentThreadCpuTime();
        T value = work.call();
        return new Measured<>(value, Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start));
    }

    /** What the work returned and the CPU time it took on the worker. */
    private record Measured<T>(T value, Duration cpu) {
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
