package dev.gonogo.site.cache;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gonogo.check.ReviewResult;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rendered reviews of the published site, by key: the digest of what a build's output depends on (gonogo's
 * build, the theme, the options and configuration — the fingerprint) with the review's path and bytes. A review
 * whose key, page name, system page and history are unchanged gets its files hard-linked from the published site
 * and its summary read from the cache, so it is neither parsed, checked nor rendered again.
 *
 * <p>Layout of the cache folder (beside the output, never inside it, so a rebuild's output stays byte-identical
 * to a cold build's): {@code reviews.json}, the manifest of the published site, replaced only after a site is
 * published; {@code summaries/KEY.json}, each review's summary, written once per key. A build that fails leaves
 * the manifest of the site still published. Thread-safe: a build records reviews from several threads.
 */
public final class RenderCache {
    private static final String MANIFEST = "reviews.json";
    private static final String SUMMARIES = "summaries";
    private static final RenderCache NONE = new RenderCache(null, null, "", Map.of());

    private final Path folder;
    private final Path site;
    private final String fingerprint;
    private final Map<String, CachedReview> published;
    private final Map<String, CachedReview> next = new ConcurrentHashMap<>();
    private final SummaryCodec codec = new SummaryCodec();
    private final ObjectMapper json = JsonMapper.builder().build();

    private RenderCache(Path folder, Path site, String fingerprint, Map<String, CachedReview> published) {
        this.folder = folder;
        this.site = site;
        this.fingerprint = fingerprint;
        this.published = published;
    }

    /** No cache: every review is rendered. */
    public static RenderCache none() {
        return NONE;
    }

    /**
     * The cache of the site published in {@code site}, kept in {@code folder}. A manifest that cannot be read is a
     * cold build, never an error. The manifest is deleted once read: should this build fail after changing the
     * site, a stale manifest must not describe it; {@link #commit()} writes the new one.
     */
    public static RenderCache open(Path folder, Path site, String fingerprint) {
        Map<String, CachedReview> published = Map.of();
        try {
            byte[] bytes = Files.readAllBytes(folder.resolve(MANIFEST));
            Files.delete(folder.resolve(MANIFEST));
            List<CachedReview> entries = JsonMapper.builder().build().readValue(bytes, new TypeReference<>() { });
            published = entries.stream().collect(Collectors.toUnmodifiableMap(CachedReview::key,
                    Function.identity(), (a, b) -> a));
        } catch (IOException | RuntimeException e) {
            // no manifest or an unreadable one: nothing is reused
        }
        return new RenderCache(folder, site, fingerprint, published);
    }

    public boolean enabled() {
        return folder != null;
    }

    /** The key of a review whose path and bytes have the digest {@code contentDigest}. */
    public String key(String contentDigest) {
        return Digests.of(fingerprint, contentDigest);
    }

    /** What the published site holds for {@code key}, with its summary; empty when it must be rendered. */
    public Optional<Hit> find(String key) {
        CachedReview entry = published.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Hit(entry, codec.read(Files.readAllBytes(summaryFile(key)))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Links the files of {@code entry} from the published site into {@code fresh} (a copy where the file system
     * has no hard links) and records the entry for the next manifest. False, with nothing left behind in
     * {@code fresh}, when a file is missing or changed: the review is then rendered.
     */
    public boolean reuse(CachedReview entry, Path fresh) {
        List<Path> made = new ArrayList<>();
        try {
            for (CachedReview.CachedFile file : entry.files()) {
                Path from = site.resolve(file.path());
                if (Files.size(from) != file.size()) {
                    throw new IOException("changed since published: " + from);
                }
                made.add(link(fresh.resolve(file.path()), from));
            }
            next.put(entry.key(), entry);
            return true;
        } catch (IOException e) {
            made.forEach(RenderCache::deleteQuietly);
            return false;
        }
    }

    /** Records a review rendered by this build: its summary now, its manifest entry when the site is published. */
    public void record(CachedReview entry, ReviewResult summary, Path fresh) throws IOException {
        if (!enabled()) {
            return;
        }
        Path file = summaryFile(entry.key());
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), entry.key(), ".tmp");
            Files.write(temporary, codec.write(summary));
            move(temporary, file);
        }
        List<CachedReview.CachedFile> files = new ArrayList<>();
        for (CachedReview.CachedFile written : entry.files()) {
            files.add(new CachedReview.CachedFile(written.path(), Files.size(fresh.resolve(written.path()))));
        }
        next.put(entry.key(), new CachedReview(entry.key(), entry.slug(), entry.systemPage(), entry.historyDigest(),
                files));
    }

    /**
     * Makes the reviews of this build the cache of the site just published, and deletes the summaries no
     * published review uses any more. Call only after the site is published.
     */
    public void commit() throws IOException {
        if (!enabled()) {
            return;
        }
        Files.createDirectories(folder);
        List<CachedReview> entries = next.values().stream().sorted(Comparator.comparing(CachedReview::key)).toList();
        Path temporary = Files.createTempFile(folder, MANIFEST, ".tmp");
        json.writeValue(temporary.toFile(), entries);
        move(temporary, folder.resolve(MANIFEST));
        Set<String> kept = next.keySet().stream().map(key -> key + ".json").collect(Collectors.toSet());
        try (Stream<Path> summaries = Files.list(folder.resolve(SUMMARIES))) {
            summaries.filter(file -> !kept.contains(file.getFileName().toString())).forEach(RenderCache::deleteQuietly);
        } catch (NoSuchFileException e) {
            // no review was rendered or reused
        }
    }

    private Path summaryFile(String key) {
        return folder.resolve(SUMMARIES).resolve(key + ".json");
    }

    private static Path link(Path link, Path existing) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException e) {
            Files.copy(existing, link);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("already written: " + link, e);
        }
        return link;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover link is overwritten by the rendered file; a leftover summary only takes space
        }
    }

    /** A review the published site holds, and its summary. */
    public record Hit(CachedReview entry, ReviewResult summary) {
    }
}
