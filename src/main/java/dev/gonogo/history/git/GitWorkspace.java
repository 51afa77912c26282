package dev.gonogo.history.git;

import dev.gonogo.source.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.NotIgnoredFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Reads old versions of reviews from the git repository around a directory, read-only: one file at a revision
 * ({@code gonogo diff HEAD~1:content/a.md …}) and the reviews changed since a revision ({@code --base}).
 * Problems the user can fix (no repository, unknown revision, missing path) are {@link InputException}s.
 */
public final class GitWorkspace implements AutoCloseable {
    private final Repositories repositories;
    private final Repository repository;

    private GitWorkspace(Repositories repositories, Repository repository) {
        this.repositories = repositories;
        this.repository = repository;
    }

    /** Opens the repository whose work tree contains {@code directory}. */
    public static GitWorkspace open(Path directory) {
        Repositories repositories = new Repositories();
        try {
            Repository repository = repositories.around(directory)
                    .orElseThrow(() -> new InputException(directory + ": not inside a git repository"));
            return new GitWorkspace(repositories, repository);
        } catch (IOException e) {
            repositories.close();
            throw new InputException(directory + ": cannot read the git repository: " + e.getMessage(), e);
        }
    }

    /** The root of the work tree. */
    public Path workTree() {
        return repository.getWorkTree().toPath();
    }

    /** A file's path relative to the work tree, '/' separators. */
    public String relativePath(Path file) {
        try {
            return Repositories.relativePath(repository, file);
        } catch (IOException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
    }

    /** The content of {@code path} (relative to the work tree) at {@code revision}. */
    public byte[] read(String revision, String path) {
        try (RevWalk walk = new RevWalk(repository);
             TreeWalk entry = TreeWalk.forPath(repository, path, tree(walk, revision))) {
            if (entry == null || (entry.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                throw new InputException(revision + ":" + path + ": no such file in revision " + revision);
            }
            return repository.open(entry.getObjectId(0), Constants.OBJ_BLOB).getBytes();
        } catch (IOException e) {
            throw new InputException(revision + ":" + path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The Markdown files under {@code paths} (relative to the work tree; empty for all) that differ between
     * {@code revision} and the working tree, renames paired, sorted by new path (deleted files last). Ignored
     * files are left out.
     */
    public List<ChangedFile> changedSince(String revision, List<String> paths) {
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader();
             TreeWalk treeWalk = new TreeWalk(repository, reader)) {
            CanonicalTreeParser old = new CanonicalTreeParser(null, reader, tree(walk, revision));
            FileTreeIterator working = new FileTreeIterator(repository);
            treeWalk.addTree(old);
            treeWalk.addTree(working);
            treeWalk.setRecursive(true);
            treeWalk.setFilter(filter(paths));
            RenameDetector renames = new RenameDetector(repository);
            renames.addAll(DiffEntry.scan(treeWalk));
            List<DiffEntry> entries = renames.compute(new ContentSource.Pair(ContentSource.create(reader),
                    ContentSource.create(new FileTreeIterator(repository))), NullProgressMonitor.INSTANCE);
            return entries.stream().map(GitWorkspace::changedFile)
                    .sorted(Comparator.comparing((ChangedFile f) -> f.newPath() == null)
                            .thenComparing(f -> f.newPath() == null ? f.oldPath() : f.newPath()))
                    .toList();
        } catch (IOException | CanceledException e) {
            throw new InputException("cannot compare the working tree with " + revision + ": " + e.getMessage(), e);
        }
    }

    private static TreeFilter filter(List<String> paths) {
        List<TreeFilter> filters = new ArrayList<>(List.of(TreeFilter.ANY_DIFF, PathSuffixFilter.create(".md"),
                new NotIgnoredFilter(1)));
        List<String> prefixes = paths.stream().filter(p -> !p.isEmpty() && !p.equals(".")).toList();
        if (!prefixes.isEmpty()) {
            filters.add(PathFilterGroup.createFromStrings(prefixes));
        }
        return AndTreeFilter.create(filters);
    }

    private static ChangedFile changedFile(DiffEntry entry) {
        return switch (entry.getChangeType()) {
            case ADD -> new ChangedFile(null, entry.getNewPath());
            case DELETE -> new ChangedFile(entry.getOldPath(), null);
            default -> new ChangedFile(entry.getOldPath(), entry.getNewPath());
        };
    }

    private RevTree tree(RevWalk walk, String revision) throws IOException {
        ObjectId id;
        try {
            id = repository.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException e) {
            id = null;
        }
        if (id == null) {
            throw new InputException("unknown git revision '" + revision + "'");
        }
        return walk.parseCommit(id).getTree();
    }

    @Override
    public void close() {
        repositories.close();
    }
}
