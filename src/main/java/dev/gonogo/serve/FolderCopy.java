package dev.gonogo.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies a built site cheaply: every file as a hard link (a copy where the file system has none). The copy
 * shares the files' contents, so whatever writes into it must replace files, never rewrite them in place — the
 * site generator writes through a rename for that reason.
 */
public final class FolderCopy {
    private FolderCopy() {
    }

    /** Recreates {@code from}'s tree under {@code to} (created if missing) with links to its files. */
    public static void linkOrCopy(Path from, Path to) throws IOException {
        List<Path> entries;
        try (Stream<Path> tree = Files.walk(from)) {
            entries = tree.toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path source : entries) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                link(source, target);
            }
        }
    }

    private static void link(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.copy(source, target);
        }
    }
}
