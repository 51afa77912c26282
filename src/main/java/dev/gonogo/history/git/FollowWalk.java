package dev.gonogo.history.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.FollowFilter;
import org.eclipse.jgit.revwalk.RenameCallback;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The commits that changed one file, newest first, following renames the way {@code git log --follow} does
 * (JGit's {@link FollowFilter} with rename detection), each with the file's path and blob in that commit.
 */
final class FollowWalk {

    /** One version of the file: the commit, the path it had there and its content's blob id. */
    record Version(RevCommit commit, String path, ObjectId blob) {
    }

    private FollowWalk() {
    }

    static List<Version> versions(Repository repository, AnyObjectId head, String path) throws IOException {
        Map<ObjectId, DiffEntry> renames = new HashMap<>();
        List<RevCommit> commits = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            FollowFilter follow = FollowFilter.create(path, repository.getConfig().get(DiffConfig.KEY));
            follow.setRenameCallback(new RenameCallback() {
                @Override
                public void renamed(DiffEntry entry) {
                    // the two-argument form below is the one JGit calls when it knows the commit
                }

                @Override
                public void renamed(DiffEntry entry, RevCommit commit) {
                    renames.put(commit.copy(), entry);
                }
            });
            walk.setTreeFilter(follow);
            walk.markStart(walk.parseCommit(head));
            walk.forEach(commits::add);
            return withPaths(repository, commits, renames, path);
        }
    }

    /**
     * Walks the commits newest first, switching to the old path below each rename, and looks up the blob.
     * A commit where the path holds no file (a deletion that the filter reported) is skipped.
     */
    private static List<Version> withPaths(Repository repository, List<RevCommit> commits,
                                           Map<ObjectId, DiffEntry> renames, String headPath) throws IOException {
        List<Version> versions = new ArrayList<>();
        String current = headPath;
        for (RevCommit commit : commits) {
            DiffEntry rename = renames.get(commit.copy());
            String path = rename == null ? current : rename.getNewPath();
            try (TreeWalk entry = TreeWalk.forPath(repository, path, commit.getTree())) {
                if (entry != null) {
                    versions.add(new Version(commit, path, entry.getObjectId(0)));
                }
            }
            if (rename != null) {
                current = rename.getOldPath();
            }
        }
        return List.copyOf(versions);
    }
}
