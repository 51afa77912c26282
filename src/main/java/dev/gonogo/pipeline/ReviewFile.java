package dev.gonogo.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A review file to read.
 *
 * @param file        where it is
 * @param displayPath how reports name it: the path as the user gave it (or under the folder they gave), with '/'
 */
public record ReviewFile(Path file, String displayPath) {
    public ReviewFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(displayPath, "displayPath");
    }
}
