package dev.gonogo.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them with the JDK's {@link WatchService}, registering new subfolders as
 * they appear (the JDK does not recurse by itself; on Linux and Windows it is event-driven, so no watcher library
 * is needed). Changes arriving close together are delivered as one set after a quiet period, so an editor's
 * save-as-rename-and-delete gives one rebuild.
 */
final class TreeWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Duration quiet;
    private final Thread thread;

    TreeWatcher(List<Path> roots, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(() -> loop(onChange), "gonogo-serve-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(service.take(), changed);
                WatchKey more;
                while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(Set.copyOf(changed));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                changed.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerQuietly(path, changed);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** A folder created after start: watch it, and count what is already inside as changed. */
    private void registerQuietly(Path folder, Set<Path> changed) {
        try {
            registerTree(folder);
            try (Stream<Path> inside = Files.walk(folder)) {
                inside.forEach(changed::add);
            }
        } catch (IOException | UncheckedIOException e) {
            changed.add(folder);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException ignored) {
            // closing releases the native watches; nothing else to do
        }
    }
}
