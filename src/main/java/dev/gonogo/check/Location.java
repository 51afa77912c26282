package dev.gonogo.check;

import java.util.Objects;

/**
 * A place in a review file.
 *
 * @param path    the file's path as given by the user, '/' separators
 * @param line    1-based line, 0 for the file as a whole
 * @param column  1-based column, 0 when unknown
 * @param message what this place says (for related locations), empty otherwise
 */
public record Location(String path, int line, int column, String message) {
    public Location {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
