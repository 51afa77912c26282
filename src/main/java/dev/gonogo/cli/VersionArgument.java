package dev.gonogo.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * One side of {@code gonogo diff OLD NEW}: a file, or {@code REV:path} — a file at a git revision, the path
 * relative to the repository's root as in {@code git show REV:path} (or to the current folder when it starts
 * with {@code ./} or {@code ../}).
 */
sealed interface VersionArgument permits VersionArgument.File, VersionArgument.AtRevision {

    /** A Windows drive ({@code C:\…}) is a file, not a revision named "C". */
    Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    /** How the user wrote it; reports name the version by it. */
    String text();

    /** A file on disk. */
    record File(Path path, String text) implements VersionArgument {
    }

    /** A file at a git revision. */
    record AtRevision(String revision, String path, String text) implements VersionArgument {

        /** Whether the path is relative to the current folder rather than the repository's root. */
        boolean relativeToCurrentFolder() {
            return path.startsWith("./") || path.startsWith("../");
        }
    }

    /** An existing file wins over the {@code REV:path} reading, so {@code a:b.md} on disk stays a file. */
    static VersionArgument parse(String argument) {
        int colon = argument.indexOf(':');
        boolean revisionForm = colon > 0 && colon < argument.length() - 1
                && !WINDOWS_DRIVE.matcher(argument).matches() && !existsOnDisk(argument);
        if (revisionForm) {
            return new AtRevision(argument.substring(0, colon), argument.substring(colon + 1), argument);
        }
        return new File(Path.of(argument), ModelCommand.displayPath(Path.of(argument)));
    }

    private static boolean existsOnDisk(String argument) {
        try {
            return Files.exists(Path.of(argument));
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }
}
