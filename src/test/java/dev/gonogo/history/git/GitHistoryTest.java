package dev.gonogo.history.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.history.Milestone;
import dev.gonogo.history.git.ReviewHistory.Availability;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryTest {
    private static final String V1 = """
            # Review
            A review long enough for git's rename detection (60 % similar content), like a real one.
            ## Executive Summary
            The system is being prepared for production; these lines stay the same in every version.
            ## Metrics
            Error rate below one percent, p95 latency below 500 ms, throughput above 6,800 msg/sec.
            ## Must Have
            - [x] Unit Tests
            - [x] Integration Tests
            - [ ] Stability Test
            - [ ] Failure Injection
            Overall Score: 83.5 (Go with conditions)
            ERROR: stated 83.5 differs from computed 85.65
            """;
    private static final String V2 = V1.replace("83.5 (", "85.7 (").replace("ERROR: stated 83.5 differs from computed 85.65\n", "");
    private static final String V3 = V2.replace("- [ ] Stability Test", "- [x] Stability Test")
            .replace("(Go with conditions)", "(Go)");

    @TempDir
    Path dir;

    private final LineAnalyzer analyzer = new LineAnalyzer();

    /** Three commits: the review added, its score edited, then a box checked while the file is renamed. */
    private Path repositoryWithThreeVersions() throws IOException, GitAPIException {
        Path repo = dir.resolve("repo");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, repo, "content/review.md", V1, "Add review", 1);
            commit(git, repo, "content/review.md", V2, "Fix the stated score", 2);
            Files.delete(repo.resolve("content/review.md"));
            git.rm().addFilepattern("content/review.md").call();
            commit(git, repo, "content/prr-v3.4.0.md", V3, "Check the stability test, rename", 3);
        }
        return repo;
    }

    private static void commit(Git git, Path repo, String path, String content, String message, int day)
            throws IOException, GitAPIException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        git.add().addFilepattern(path).call();
        PersonIdent ann = new PersonIdent("Ann Author", "ann@example.org",
                Instant.parse("2026-01-0" + day + "T09:00:00Z"), ZoneId.of("Europe/Berlin"));
        git.commit().setMessage(message + "\n\nbody").setAuthor(ann).setCommitter(ann).setSign(false).call();
    }

    @Test
    void everyCommitThatChangedTheReviewOldestFirstFollowingTheRename() throws Exception {
        Path repo = repositoryWithThreeVersions();
        try (GitHistory git = new GitHistory(analyzer, VersionCache.inMemory(), "test")) {
            ReviewHistory history = git.history(repo.resolve("content/prr-v3.4.0.md"));

            assertThat(history.availability()).isEqualTo(Availability.COMPLETE);
            assertThat(history.note()).isEmpty();
            assertThat(history.points()).hasSize(3);
            assertThat(history.points()).extracting(HistoryPoint::path)
                    .containsExactly("content/review.md", "content/review.md", "content/prr-v3.4.0.md");
            assertThat(history.points()).extracting(HistoryPoint::subject)
                    .containsExactly("Add review", "Fix the stated score", "Check the stability test, rename");
            assertThat(history.points()).extracting(p -> p.stated().toPlainString())
                    .containsExactly("83.5", "85.7", "85.7");
            assertThat(history.points()).extracting(HistoryPoint::openMustHaves).containsExactly(2, 2, 1);
            assertThat(history.points()).extracting(HistoryPoint::errors).containsExactly(1, 0, 0);
            assertThat(history.points()).extracting(HistoryPoint::verdict)
                    .containsExactly("Go with conditions", "Go with conditions", "Go");
        }
    }

    @Test
    void commitDetailsComeFromTheCommit() throws Exception {
        Path repo = repositoryWithThreeVersions();
        try (GitHistory git = new GitHistory(analyzer, VersionCache.inMemory(), "test")) {
            HistoryPoint first = git.history(repo.resolve("content/prr-v3.4.0.md")).points().get(0);

            assertThat(first.author()).isEqualTo("Ann Author");
            assertThat(first.date()).isEqualTo(OffsetDateTime.parse("2026-01-01T10:00:00+01:00"));
            assertThat(first.shortId()).hasSize(7).isEqualTo(first.commitId().substring(0, 7));
        }
    }

    @Test
    void milestonesMarkTheVerdictChangeAndTheFixedError() throws Exception {
        Path repo = repositoryWithThreeVersions();
        try (GitHistory git = new GitHistory(analyzer, VersionCache.inMemory(), "test")) {
            ReviewHistory history = git.history(repo.resolve("content/prr-v3.4.0.md"));

            assertThat(history.milestones()).containsExactly(
                    new Milestone(1, Milestone.Kind.ERRORS_FIXED, "all 1 error(s) fixed"),
                    new Milestone(2, Milestone.Kind.VERDICT_CHANGED, "verdict: Go with conditions → Go"));
            assertThat(history.newestFirst().get(0).subject()).isEqualTo("Check the stability test, rename");
        }
    }

    @Test
    void eachBlobIsAnalysedOnceAcrossBuilds() throws Exception {
        Path repo = repositoryWithThreeVersions();
        Path cacheFile = dir.resolve("site-cache/history.json");
        FileVersionCache cache = FileVersionCache.load(cacheFile);
        try (GitHistory git = new GitHistory(analyzer, cache, "test")) {
            git.history(repo.resolve("content/prr-v3.4.0.md"));
            git.history(repo.resolve("content/prr-v3.4.0.md"));
        }
        assertThat(analyzer.calls).hasValue(3);
        assertThat(cache.save()).isTrue();

        LineAnalyzer nextBuild = new LineAnalyzer();
        try (GitHistory git = new GitHistory(nextBuild, FileVersionCache.load(cacheFile), "test")) {
            assertThat(git.history(repo.resolve("content/prr-v3.4.0.md")).points()).hasSize(3);
        }
        assertThat(nextBuild.calls).hasValue(0);
        long written = Files.getLastModifiedTime(cacheFile).toMillis();
        Files.setLastModifiedTime(cacheFile, java.nio.file.attribute.FileTime.fromMillis(written - 60_000));
        FileVersionCache unchanged = FileVersionCache.load(cacheFile);
        try (GitHistory git = new GitHistory(new LineAnalyzer(), unchanged, "test")) {
            git.history(repo.resolve("content/prr-v3.4.0.md"));
        }
        assertThat(unchanged.save()).isTrue();
        assertThat(Files.getLastModifiedTime(cacheFile).toMillis()).as("nothing new, nothing written")
                .isEqualTo(written - 60_000);

        LineAnalyzer otherRules = new LineAnalyzer();
        try (GitHistory git = new GitHistory(otherRules, FileVersionCache.load(cacheFile), "other-config")) {
            git.history(repo.resolve("content/prr-v3.4.0.md"));
        }
        assertThat(otherRules.calls).as("another analysis fingerprint re-analyses").hasValue(3);
    }

    @Test
    void shallowCloneGivesTheAvailableVersionsAndANote() throws Exception {
        Path repo = repositoryWithThreeVersions();
        Path clone = dir.resolve("clone");
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(clone.toFile()).setDepth(1).call().close();

        try (GitHistory git = new GitHistory(analyzer, VersionCache.inMemory(), "test")) {
            ReviewHistory history = git.history(clone.resolve("content/prr-v3.4.0.md"));

            assertThat(history.availability()).isEqualTo(Availability.SHALLOW);
            assertThat(history.note()).contains("shallow clone").contains("git fetch --unshallow");
            assertThat(history.points()).singleElement()
                    .satisfies(p -> assertThat(p.subject()).isEqualTo("Check the stability test, rename"));
        }
    }

    @Test
    void fileOutsideAnyRepositoryGivesANote() throws Exception {
        Path file = dir.resolve("plain/review.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, V1);

        try (GitHistory git = new GitHistory(analyzer, VersionCache.inMemory(), "test")) {
            ReviewHistory history = git.history(file);

            assertThat(history.availability()).isEqualTo(Availability.NO_REPOSITORY);
            assertThat(history.note()).contains("not inside a git repository");
            assertThat(history.points()).isEmpty();
            assertThat(git.history(file, "review.md").note())
                    .isEqualTo("No history: review.md is not inside a git repository.");
        }
    }

    @Test
    void uncommittedFileAndUncommittedChangesGiveNotes() throws Exception {
        Path repo = repositoryWithThreeVersions();
        Path fresh = repo.resolve("content/new.md");
        Files.writeString(fresh, V1);
        Files.writeString(repo.resolve("content/prr-v3.4.0.md"), V3 + "- [ ] On-call rotation\n");

        try (GitHistory git = new GitHistory(analyzer, VersionCache.inMemory(), "test")) {
            ReviewHistory untracked = git.history(fresh);
            ReviewHistory modified = git.history(repo.resolve("content/prr-v3.4.0.md"));

            assertThat(untracked.availability()).isEqualTo(Availability.NOT_COMMITTED);
            assertThat(untracked.note()).contains("has not been committed");
            assertThat(modified.availability()).isEqualTo(Availability.COMPLETE);
            assertThat(modified.note()).contains("uncommitted changes");
            assertThat(modified.points()).hasSize(3);
        }
    }

    @Test
    void repositoryWithoutCommitsGivesANote() throws Exception {
        Path repo = dir.resolve("empty");
        Git.init().setDirectory(repo.toFile()).call().close();
        Files.writeString(repo.resolve("review.md"), V1);

        try (GitHistory git = new GitHistory(analyzer, VersionCache.inMemory(), "test")) {
            assertThat(git.history(repo.resolve("review.md")).availability()).isEqualTo(Availability.NOT_COMMITTED);
        }
    }

    @Test
    void anUndecodableVersionIsAPointWithAProblemNotAFailure() throws Exception {
        Path repo = dir.resolve("repo");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            Files.createDirectories(repo.resolve("content"));
            Files.write(repo.resolve("content/review.md"), new byte[] {(byte) 0xFF, 0x00, 0x41});
            git.add().addFilepattern("content/review.md").call();
            PersonIdent ann = new PersonIdent("Ann", "ann@example.org", Instant.EPOCH, ZoneId.of("UTC"));
            git.commit().setMessage("binary").setAuthor(ann).setCommitter(ann).setSign(false).call();
            commit(git, repo, "content/review.md", V1, "text", 2);
        }
        try (GitHistory git = new GitHistory(analyzer, VersionCache.inMemory(), "test")) {
            ReviewHistory history = git.history(repo.resolve("content/review.md"));

            assertThat(history.points()).hasSize(2);
            assertThat(history.points().get(0).version().problem()).contains("undecodable");
            assertThat(history.points().get(1).version().readable()).isTrue();
        }
    }
}
