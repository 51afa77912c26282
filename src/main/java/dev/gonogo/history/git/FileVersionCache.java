package dev.gonogo.history.git;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gonogo.history.VersionSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link VersionCache} kept in one JSON file between builds (in the output's cache folder, never in content).
 * A missing or damaged file starts an empty cache: the cache can make a build faster, never make it fail.
 */
public final class FileVersionCache implements VersionCache {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, VersionSummary>> ENTRIES = new TypeReference<>() {
    };

    private final Path file;
    private final Map<String, VersionSummary> entries;
    private final AtomicBoolean changed = new AtomicBoolean();

    private FileVersionCache(Path file, Map<String, VersionSummary> entries) {
        this.file = file;
        this.entries = new ConcurrentHashMap<>(entries);
    }

    /** Loads the cache from {@code file}, or starts empty when it is missing or unreadable. */
    public static FileVersionCache load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new FileVersionCache(file, Map.of());
        }
        try {
            return new FileVersionCache(file, JSON.readValue(file.toFile(), ENTRIES));
        } catch (IOException | RuntimeException damaged) {
            return new FileVersionCache(file, Map.of());
        }
    }

    @Override
    public Optional<VersionSummary> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void put(String key, VersionSummary summary) {
        if (!summary.equals(entries.put(key, summary))) {
            changed.set(true);
        }
    }

    /**
     * Writes the cache (keys sorted) through a temporary file, so a crash never leaves half a cache. Nothing is
     * written when nothing was added: a site outside git leaves no cache folder behind.
     *
     * @return false when the file could not be written (the next build is slower, nothing else)
     */
    public boolean save() {
        if (!changed.get()) {
            return true;
        }
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".history-cache", ".tmp");
            JSON.writeValue(temp.toFile(), new TreeMap<>(entries));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed.set(false);
            return true;
        } catch (IOException e) {
            deleteQuietly(temp);
            return false;
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException ignored) {
            // a stray temporary file in the cache folder is harmless
        }
    }

    int size() {
        return entries.size();
    }
}
