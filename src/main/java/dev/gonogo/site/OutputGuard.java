package dev.gonogo.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Refuses output folders a build must never replace: the file-system root, the home folder (or a folder that
 * contains it), the content or theme folder (being, containing or inside them), a file, and — unless forced — a
 * non-empty folder without gonogo's marker file. Paths are compared after resolving symbolic links.
 */
public final class OutputGuard {
    private final Path home;

    /** @param home the user's home folder, or {@code null} when unknown */
    public OutputGuard(Path home) {
        this.home = home == null ? null : real(home);
    }

    /**
     * Checks an output folder.
     *
     * @param out       the folder the site will replace
     * @param protect   named folders the output must stay clear of ({@code content}, {@code theme})
     * @param force     whether a non-empty folder without the marker may be replaced
     * @throws SiteException naming the reason when the folder is refused
     */
    public void check(Path out, List<Protected> protect, boolean force) {
        Path target = real(out);
        if (target.getParent() == null) {
            throw refuse(out, "it is the root of the file system");
        }
        if (home != null && home.startsWith(target)) {
            throw refuse(out, target.equals(home) ? "it is the home folder" : "it contains the home folder");
        }
        for (Protected folder : protect) {
            Path other = real(folder.path());
            if (other.equals(target)) {
                throw refuse(out, "it is the " + folder.name() + " folder");
            }
            if (other.startsWith(target)) {
                throw refuse(out, "it contains the " + folder.name() + " folder " + folder.path());
            }
            if (target.startsWith(other)) {
                throw refuse(out, "it is inside the " + folder.name() + " folder " + folder.path());
            }
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)) {
            throw refuse(out, "it is a file, not a folder");
        }
        if (!force && Files.isDirectory(target) && !isEmpty(target)
                && !Files.exists(target.resolve(SitePublisher.MARKER))) {
            throw refuse(out, "it is not empty and was not made by gonogo (no " + SitePublisher.MARKER
                    + " file); use --force to replace it");
        }
    }

    private static SiteException refuse(Path out, String reason) {
        return new SiteException("refusing to use " + out + " as the output folder: " + reason);
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new SiteException("cannot read output folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The absolute path with links resolved as far as it exists; the rest appended as written. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    /**
     * A folder the output must stay clear of.
     *
     * @param name what it is, for the message ({@code content}, {@code theme})
     * @param path where it is
     */
    public record Protected(String name, Path path) {
    }
}
