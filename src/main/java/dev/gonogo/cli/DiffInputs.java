package dev.gonogo.cli;

import dev.gonogo.check.ReviewResult;
import dev.gonogo.history.ReviewDiff;
import dev.gonogo.history.ReviewDiffer;
import dev.gonogo.history.git.ChangedFile;
import dev.gonogo.history.git.GitWorkspace;
import dev.gonogo.pipeline.ReviewPipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the versions {@code gonogo diff} compares — files, files at git revisions, every review changed since a
 * revision — and checks each with the configured pipeline. Opens the git repository only when a revision is
 * named; close it to release the repository.
 */
final class DiffInputs implements AutoCloseable {
    private final ReviewPipeline pipeline;
    private final Path repositoryFolder;
    private final ReviewDiffer differ = new ReviewDiffer();
    private GitWorkspace workspace;

    /**
     * @param pipeline         reads, parses and checks a version
     * @param repositoryFolder a folder inside the repository {@code REV:path} is read from; {@code ./} paths
     *                         are relative to it
     */
    DiffInputs(ReviewPipeline pipeline, Path repositoryFolder) {
        this.pipeline = pipeline;
        this.repositoryFolder = repositoryFolder;
    }

    /** {@code gonogo diff OLD NEW}. */
    ReviewDiff compare(VersionArgument older, VersionArgument newer) {
        return differ.diff(load(older), load(newer));
    }

    /** {@code gonogo diff --base REV [PATH...]}: one diff per review that differs from the revision. */
    List<ReviewDiff> changedSince(String revision, List<Path> paths) {
        GitWorkspace git = workspace();
        List<String> prefixes = paths.stream().map(p -> repositoryPath(git, p)).toList();
        List<ReviewDiff> diffs = new ArrayList<>();
        for (ChangedFile changed : git.changedSince(revision, prefixes)) {
            ReviewResult before = changed.oldPath() == null ? null
                    : atRevision(new VersionArgument.AtRevision(revision, changed.oldPath(),
                            revision + ":" + changed.oldPath()));
            ReviewResult after = changed.newPath() == null ? null
                    : file(git.workTree().resolve(changed.newPath()), changed.newPath());
            diffs.add(before == null ? differ.added(after) : after == null ? differ.removed(before)
                    : differ.diff(before, after));
        }
        return List.copyOf(diffs);
    }

    private ReviewResult load(VersionArgument version) {
        if (version instanceof VersionArgument.AtRevision revision) {
            return atRevision(revision);
        }
        VersionArgument.File file = (VersionArgument.File) version;
        return file(file.path(), file.text());
    }

    private ReviewResult file(Path file, String displayPath) {
        return pipeline.check(pipeline.reader().read(file, displayPath));
    }

    private ReviewResult atRevision(VersionArgument.AtRevision version) {
        GitWorkspace git = workspace();
        String path = version.relativeToCurrentFolder()
                ? git.relativePath(repositoryFolder.resolve(version.path()))
                : version.path().replaceFirst("^/+", "");
        byte[] content = git.read(version.revision(), path);
        return pipeline.check(pipeline.reader().decode(content, version.text()));
    }

    /** A user's path (relative to the current folder) as a path inside the repository; "" for its root. */
    private static String repositoryPath(GitWorkspace git, Path path) {
        return git.relativePath(path);
    }

    private GitWorkspace workspace() {
        if (workspace == null) {
            workspace = GitWorkspace.open(repositoryFolder);
        }
        return workspace;
    }

    @Override
    public void close() {
        if (workspace != null) {
            workspace.close();
        }
    }
}
