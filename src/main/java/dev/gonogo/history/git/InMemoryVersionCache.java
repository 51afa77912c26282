package dev.gonogo.history.git;

import dev.gonogo.history.VersionSummary;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link VersionCache} in a concurrent map. */
final class InMemoryVersionCache implements VersionCache {
    private final Map<String, VersionSummary> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<VersionSummary> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void put(String key, VersionSummary summary) {
        entries.put(key, summary);
    }
}
