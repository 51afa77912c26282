package dev.gonogo.history.git;

/**
 * A file that differs between a revision and the working tree.
 *
 * @param oldPath its path in the revision, or {@code null} when it was added since
 * @param newPath its path in the working tree, or {@code null} when it was deleted since
 */
public record ChangedFile(String oldPath, String newPath) {
    public ChangedFile {
        if (oldPath == null && newPath == null) {
            throw new IllegalArgumentException("a changed file has at least one path");
        }
    }
}
