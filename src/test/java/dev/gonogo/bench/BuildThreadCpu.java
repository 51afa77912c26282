package dev.gonogo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CPU time of {@code gonogo serve}'s build thread, read from Linux's scheduler statistics
 * ({@code /proc/PID/task/TID/schedstat}: nanoseconds on a core). The thread is found by its name, which Linux cuts to
 * 15 characters. Reads 0 where there is no {@code /proc} or no such thread.
 */
final class BuildThreadCpu {
    private static final String THREAD = "gonogo-serve-build".substring(0, 15);
    private final Path tasks;
    private Path task;

    BuildThreadCpu(long pid) {
        this.tasks = Path.of("/proc", Long.toString(pid), "task");
    }

    long nanos() {
        try {
            if (task == null) {
                task = find().orElse(null);
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return task == null ? 0 : schedstat(task);
    }

    /** All the server's threads together (compilers, garbage collector, the parallel page writers too). */
    long processNanos() {
        try (Stream<Path> all = Files.list(tasks)) {
            return all.mapToLong(BuildThreadCpu::schedstat).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long schedstat(Path task) {
        try {
            return Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return 0; // the thread ended meanwhile
        }
    }

    private Optional<Path> find() throws IOException {
        if (!Files.isDirectory(tasks)) {
            return Optional.empty();
        }
        try (Stream<Path> all = Files.list(tasks)) {
            return all.filter(t -> THREAD.equals(comm(t))).findFirst();
        }
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
