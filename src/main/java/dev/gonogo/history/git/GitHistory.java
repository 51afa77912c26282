package dev.gonogo.history.git;

import dev.gonogo.history.ReviewAnalyzer;
import dev.gonogo.history.VersionSummary;
import dev.gonogo.history.git.ReviewHistory.Availability;
import dev.gonogo.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The history of review files from git: for each file, every commit that changed it (renames followed), oldest
 * first, each version analysed once per blob id. Read-only. Never throws for a missing repository, a shallow
 * clone or an uncommitted file: the returned {@link ReviewHistory} says so in its note. Thread-safe; close it to
 * release the repositories it opened.
 *
 * <pre>{@code
 * try (GitHistory git = new GitHistory(analyzer, VersionCache.inMemory(), "gonogo-1.0/config-hash")) {
 *     ReviewHistory history = git.history(Path.of("content/prr-v3.4.0.md"));
 * }
 * }</pre>
 */
public final class GitHistory implements AutoCloseable {
    private final ReviewAnalyzer analyzer;
    private final VersionCache cache;
    private final String fingerprint;
    private final Repositories repositories = new Repositories();
    /** Walks already made, by repository, HEAD and path: they only change when HEAD moves (a serve session). */
    private final Map<String, List<FollowWalk.Version>> walks = new ConcurrentHashMap<>();

    /**
     * @param analyzer    reads, parses and checks one version
     * @param cache       remembers analysed blobs
     * @param fingerprint identifies the analysis (gonogo version, configuration); part of every cache key
     */
    public GitHistory(ReviewAnalyzer analyzer, VersionCache cache, String fingerprint) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** The history of one review file; {@code file} names it in the result as given. */
    public ReviewHistory history(Path file) {
        return history(file, file.toString().replace(java.io.File.separatorChar, '/'));
    }

    /**
     * The history of one review file.
     *
     * @param name how notes name the file ({@code prr-v3.4.0.md} on a site, never a machine path)
     */
    public ReviewHistory history(Path file, String name) {
        try {
            Optional<Repository> repository = repositories.containing(file);
            if (repository.isEmpty()) {
                return ReviewHistory.none(name, Availability.NO_REPOSITORY,
                        "No history: " + name + " is not inside a git repository.");
            }
            return history(repository.get(), file, name);
        } catch (IOException | RuntimeException e) {
            return ReviewHistory.none(name, Availability.UNREADABLE,
                    "No history: the git repository could not be read (" + e.getMessage() + ").");
        }
    }

    private ReviewHistory history(Repository repository, Path file, String name) throws IOException {
        ObjectId head = resolveHead(repository);
        String path = Repositories.relativePath(repository, file);
        ObjectId headBlob = head == null ? null : blobAt(repository, head, path);
        if (headBlob == null) {
            return ReviewHistory.none(name, Availability.NOT_COMMITTED,
                    "No history yet: " + name + " has not been committed.");
        }
        List<HistoryPoint> points = new ArrayList<>();
        for (FollowWalk.Version version : walk(repository, head, path)) {
            points.add(point(repository, version));
        }
        Collections.reverse(points);
        boolean shallow = !repository.getObjectDatabase().getShallowCommits().isEmpty();
        return new ReviewHistory(name, shallow ? Availability.SHALLOW : Availability.COMPLETE,
                note(shallow, isModified(file, headBlob), name), points);
    }

    private List<FollowWalk.Version> walk(Repository repository, ObjectId head, String path) throws IOException {
        String key = repository.getDirectory() + "\u0000" + head.name() + "\u0000" + path;
        List<FollowWalk.Version> versions = walks.get(key);
        if (versions == null) {
            versions = FollowWalk.versions(repository, head, path);
            walks.put(key, versions);
        }
        return versions;
    }

    private static String note(boolean shallow, boolean modified, String name) {
        List<String> notes = new ArrayList<>();
        if (shallow) {
            notes.add("This is a shallow clone, so older versions are missing; fetch the full history "
                    + "(git fetch --unshallow, or fetch-depth: 0 in CI) to see them.");
        }
        if (modified) {
            notes.add(name + " has uncommitted changes; the history shows committed versions only.");
        }
        return String.join(" ", notes);
    }

    private HistoryPoint point(Repository repository, FollowWalk.Version version) throws IOException {
        RevCommit commit = version.commit();
        PersonIdent author = commit.getAuthorIdent();
        OffsetDateTime date = OffsetDateTime.ofInstant(author.getWhenAsInstant(), author.getZoneId());
        return new HistoryPoint(date, commit.name(), commit.abbreviate(7).name(), author.getName(),
                commit.getShortMessage(), version.path(), summary(repository, version));
    }

    private VersionSummary summary(Repository repository, FollowWalk.Version version) throws IOException {
        String key = version.blob().name() + "/" + fingerprint;
        Optional<VersionSummary> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        byte[] content = repository.open(version.blob(), Constants.OBJ_BLOB).getBytes();
        VersionSummary summary;
        try {
            summary = VersionSummary.of(analyzer.analyze(content,
                    version.commit().abbreviate(7).name() + ":" + version.path()));
        } catch (InputException unreadable) {
            summary = VersionSummary.unreadable(unreadable.getMessage());
        }
        cache.put(key, summary);
        return summary;
    }

    private static ObjectId resolveHead(Repository repository) throws IOException {
        try {
            return repository.resolve(Constants.HEAD);
        } catch (RevisionSyntaxException e) {
            return null;
        }
    }

    private static ObjectId blobAt(Repository repository, ObjectId commit, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repository);
             TreeWalk entry = TreeWalk.forPath(repository, path, walk.parseCommit(commit).getTree())) {
            return entry == null ? null : entry.getObjectId(0);
        }
    }

    /** Whether the file on disk differs from its committed blob (compared by content hash, as git does). */
    private static boolean isModified(Path file, ObjectId headBlob) throws IOException {
        byte[] content = Files.readAllBytes(file);
        ObjectId working = new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, content);
        return !working.equals(headBlob);
    }

    @Override
    public void close() {
        repositories.close();
    }
}
