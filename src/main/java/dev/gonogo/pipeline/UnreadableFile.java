package dev.gonogo.pipeline;

import java.util.Objects;

/**
 * A review file that could not be read, and why.
 *
 * @param file    the file
 * @param message one line that names the file and says what is wrong with it
 */
public record UnreadableFile(ReviewFile file, String message) {
    public UnreadableFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }
}
