package dev.gonogo.history.git;

import dev.gonogo.history.VersionSummary;
import java.util.Optional;

/**
 * Remembers what each blob (one exact content of a review) says, so that rebuilding a site re-analyses only new
 * versions. Keys combine the blob id with a fingerprint of the analysis (gonogo's version and configuration),
 * because a rule change alters the findings of an unchanged blob. Implementations are thread-safe.
 */
public interface VersionCache {

    Optional<VersionSummary> get(String key);

    void put(String key, VersionSummary summary);

    /** A cache that lives as long as the object (a {@code serve} session, one build). */
    static VersionCache inMemory() {
        return new InMemoryVersionCache();
    }
}
