package dev.gonogo.serve;

import java.util.Objects;
import java.util.Optional;

/**
 * What the server shows: the last successful build, and the error of the last build when it failed.
 *
 * @param number the build's number, 1 for the first
 * @param site   the last good site, or {@code null} before the first success
 * @param error  why the last build failed, or empty
 */
record BuildState(long number, SiteLayers site, Optional<String> error) {
    BuildState {
        Objects.requireNonNull(error, "error");
        if (site == null && error.isEmpty()) {
            throw new IllegalArgumentException("a state has a site or an error");
        }
    }
}
