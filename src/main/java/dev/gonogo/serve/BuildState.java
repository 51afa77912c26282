package dev.gonogo.serve;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server shows: the folder of the last successful build, and the error of the last build when it failed.
 *
 * @param number the build's number, 1 for the first
 * @param folder the last good site, or {@code null} before the first success
 * @param error  why the last build failed, or empty
 */
record BuildState(long number, Path folder, Optional<String> error) {
    BuildState {
        Objects.requireNonNull(error, "error");
        if (folder == null && error.isEmpty()) {
            throw new IllegalArgumentException("a state has a site or an error");
        }
    }
}
