package dev.gonogo.history.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gonogo.source.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitWorkspaceTest {
    private static final String LONG_TEXT = "A review paragraph that stays the same so renames are detected.\n".repeat(12);

    @TempDir
    Path repo;

    @BeforeEach
    void repositoryWithFourReviews() throws IOException, GitAPIException {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            write("content/kept.md", "# Kept\n");
            write("content/edited.md", "# Edited v1\n");
            write("content/moved.md", "# Moved\n" + LONG_TEXT);
            write("content/deleted.md", "# Deleted\n");
            write("content/notes.txt", "not a review\n");
            write("docs/readme.md", "# Docs v1\n");
            write(".gitignore", "content/scratch.md\n");
            git.add().addFilepattern(".").call();
            PersonIdent ann = new PersonIdent("Ann", "ann@example.org", Instant.EPOCH, ZoneId.of("UTC"));
            git.commit().setMessage("reviews").setAuthor(ann).setCommitter(ann).setSign(false).call();
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void readsAFileAtARevision() throws IOException {
        write("content/edited.md", "# Edited v2\n");
        try (GitWorkspace git = GitWorkspace.open(repo.resolve("content"))) {
            assertThat(new String(git.read("HEAD", "content/edited.md"), StandardCharsets.UTF_8))
                    .isEqualTo("# Edited v1\n");
            assertThat(git.relativePath(repo.resolve("content/edited.md"))).isEqualTo("content/edited.md");
        }
    }

    @Test
    void unknownRevisionMissingPathAndNoRepositoryAreInputErrors(@TempDir Path elsewhere) {
        try (GitWorkspace git = GitWorkspace.open(repo)) {
            assertThatThrownBy(() -> git.read("no-such-branch", "content/kept.md"))
                    .isInstanceOf(InputException.class).hasMessage("unknown git revision 'no-such-branch'");
            assertThatThrownBy(() -> git.read("HEAD", "content/missing.md"))
                    .isInstanceOf(InputException.class)
                    .hasMessage("HEAD:content/missing.md: no such file in revision HEAD");
            assertThatThrownBy(() -> git.read("HEAD", "content"))
                    .isInstanceOf(InputException.class).hasMessageContaining("no such file");
        }
        assertThatThrownBy(() -> GitWorkspace.open(elsewhere))
                .isInstanceOf(InputException.class).hasMessageContaining("not inside a git repository");
    }

    @Test
    void reviewsChangedSinceARevisionWithRenamesPaired() throws IOException {
        write("content/edited.md", "# Edited v2\n");
        Files.move(repo.resolve("content/moved.md"), repo.resolve("content/renamed.md"));
        Files.delete(repo.resolve("content/deleted.md"));
        write("content/added.md", "# Added\n");
        write("content/scratch.md", "# ignored\n");
        write("content/notes.txt", "changed, but not Markdown\n");
        write("docs/readme.md", "# Docs v2\n");

        try (GitWorkspace git = GitWorkspace.open(repo)) {
            assertThat(git.changedSince("HEAD", List.of("content"))).containsExactly(
                    new ChangedFile(null, "content/added.md"),
                    new ChangedFile("content/edited.md", "content/edited.md"),
                    new ChangedFile("content/moved.md", "content/renamed.md"),
                    new ChangedFile("content/deleted.md", null));
            assertThat(git.changedSince("HEAD", List.of())).contains(
                    new ChangedFile("docs/readme.md", "docs/readme.md"));
        }
    }
}
