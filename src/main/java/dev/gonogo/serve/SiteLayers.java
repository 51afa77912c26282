package dev.gonogo.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A built site as the server shows it: folders laid over each other, a path served from the first that holds it.
 * After a save, {@code serve} writes only the files the save changed into a new folder laid over the last whole
 * build, where it used to copy the whole build's thousands of files as links. Every folder stays unchanged once
 * the site is built.
 *
 * @param folders topmost first; the last holds a whole site
 */
public record SiteLayers(List<Path> folders) {
    public SiteLayers {
        folders = List.copyOf(folders);
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("a site has at least one folder");
        }
    }

    /** A whole site in one folder. */
    public static SiteLayers of(Path site) {
        return new SiteLayers(List.of(site));
    }

    /** The whole site at the bottom. */
    public Path base() {
        return folders.get(folders.size() - 1);
    }

    /** {@code top} laid over this site's base alone: it must hold every file the upper folders had changed. */
    public SiteLayers overBase(Path top) {
        return new SiteLayers(List.of(top, base()));
    }

    /** The folder laid over the base, if any. */
    public Optional<Path> overlay() {
        return folders.size() > 1 ? Optional.of(folders.get(0)) : Optional.empty();
    }

    /**
     * The file served for a path inside the site ({@code /}-separated, never leaving it: the caller has checked),
     * a folder's {@code index.html} for a folder; empty when no folder has it.
     */
    public Optional<Path> find(String relative) {
        for (Path folder : folders) {
            Path file = folder.resolve(relative).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (file.startsWith(folder) && Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
