package dev.gonogo.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Runs builds one at a time into fresh folders under a work folder and publishes each success by swapping the
 * {@link BuildState}; a failure keeps the last good site and records the error. Changes that arrive during a
 * build are gathered into the next one. A build that throws never stops the server.
 */
final class Rebuilder implements AutoCloseable {
    private final SiteBuild build;
    private final Path work;
    private final PrintWriter log;
    private final LongConsumer onBuilt;
    private final AtomicReference<BuildState> state = new AtomicReference<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gonogo-serve-build");
        t.setDaemon(true);
        return t;
    });
    private final Set<Path> pending = new HashSet<>();
    private boolean scheduled;
    private long number;
    /** The site served before the current one: requests may still be reading it. */
    private SiteLayers previous;

    Rebuilder(SiteBuild build, Path work, PrintWriter log, LongConsumer onBuilt) {
        this.build = build;
        this.work = work;
        this.log = log;
        this.onBuilt = onBuilt;
    }

    /** The first build, on the caller's thread, so the server starts with a site (or its error). */
    void buildNow() {
        runBuild(Set.of());
    }

    BuildState state() {
        return state.get();
    }

    /** Queues a rebuild for these changed files. */
    synchronized void changed(Set<Path> files) {
        pending.addAll(files);
        if (!scheduled) {
            scheduled = true;
            thread.execute(this::drain);
        }
    }

    private void drain() {
        Set<Path> files;
        synchronized (this) {
            files = Set.copyOf(pending);
            pending.clear();
            scheduled = false;
        }
        runBuild(files);
    }

    private void runBuild(Set<Path> changed) {
        long started = System.nanoTime();
        long current = ++number;
        Path folder = work.resolve("build-" + current);
        BuildState last = state.get();
        SiteLayers lastSite = last == null ? null : last.site();
        List<Path> stale = List.of();
        try {
            SiteLayers built = build.build(folder, lastSite, changed);
            state.set(new BuildState(current, built, Optional.empty()));
            stale = unused(previous, lastSite, built);
            previous = lastSite;
            log.printf(Locale.ROOT, "Built in %d ms%s%n", (System.nanoTime() - started) / 1_000_000,
                    changed.isEmpty() ? "" : " (" + changed.size() + " changed)");
        } catch (Exception | LinkageError | StackOverflowError e) {
            state.set(new BuildState(current, lastSite, Optional.of(describe(e))));
            deleteQuietly(folder);
            log.println("Build failed: " + describe(e));
        }
        log.flush();
        onBuilt.accept(current);
        // after the reload event: deleting thousands of files must not delay the page the author waits for
        stale.forEach(Rebuilder::deleteQuietly);
    }

    /** The folders of {@code old} that neither of the two sites served now and before uses. */
    private static List<Path> unused(SiteLayers old, SiteLayers before, SiteLayers now) {
        if (old == null) {
            return List.of();
        }
        return old.folders().stream().filter(folder -> !now.folders().contains(folder)
                && (before == null || !before.folders().contains(folder))).toList();
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.toString() : message;
    }

    static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover temporary folder is harmless; the next start uses a new work folder
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
