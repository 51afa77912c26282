package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/history");
    private static final String OLD = FIXTURES.resolve("prr-x0tta6bl4-v3.4.0.md").toString();
    private static final String NEW = FIXTURES.resolve("prr-x0tta6bl4-v3.4.0-jan9.md").toString();

    @TempDir
    Path dir;

    @Test
    void twoFilesAsText() {
        Main.Result result = Main.capture("diff", OLD, NEW);

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .startsWith(OLD.replace('\\', '/') + " → " + NEW.replace('\\', '/') + "\n")
                .contains("  stated score    83.5 → 87.2 (+3.7)\n")
                .contains("  computed score  85.65 → 87.15 (+1.5)\n")
                .contains("    ~ Testing: weight 25 → 30 (+5), score 85 → 92 (+7)\n")
                .contains("    ~ Security: weight 20 → 15 (-5)\n")
                .contains("    checked: Stability Test — Go/No-Go Criteria › Must Have (Критично) › Testing "
                        + "(line 112 → 113)\n")
                .contains("    ~ Error Rate: <1% → <0.5% (line 32 → 33)\n")
                .contains("target <2.3s now missed")
                .doesNotContain("  new findings\n")
                .containsPattern("changed findings\n    .*jan9.md:15: error: \"Stability Test\" is stated done here "
                        + "\\(✅ .*\\) and at line 113, line 160, line 228 but .*\\[status-conflict\\]\n")
                .containsPattern("fixed findings\n    .*v3.4.0.md:150: error: .*\\[score-mismatch\\]\n  changed findings\n")
                .endsWith("1 review compared, 1 changed; 0 new findings; 1 fixed.\n");
    }

    @Test
    void markdownAndJsonFormats() throws IOException {
        Main.Result markdown = Main.capture("diff", "--format", "markdown", OLD, NEW);
        Main.Result json = Main.capture("diff", "--format", "json", OLD, NEW);

        assertThat(markdown.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(markdown.out()).startsWith("## gonogo diff\n")
                .contains("| Stated score | 83.5 | 87.2 | +3.7 |");
        JsonNode tree = new JsonMapper().readTree(json.out());
        assertThat(tree.at("/reviews/0/statedScore/after").decimalValue()).isEqualByComparingTo("87.2");
        assertThat(tree.at("/reviews/0/checklist/0/text").asText()).isEqualTo("Stability Test");
    }

    @Test
    void failsOnlyOnNewFindingsAtTheThreshold() throws IOException {
        Path clean = newReview("clean.md");
        Path broken = dir.resolve("broken.md");
        Files.writeString(broken, Files.readString(clean).replace("| 30% |", "| 35% |"));

        assertThat(Main.capture("diff", clean.toString(), broken.toString()).exitCode()).isEqualTo(ExitCode.OK);
        Main.Result failing = Main.capture("diff", "--fail-on", "error", clean.toString(), broken.toString());
        assertThat(failing.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(failing.out()).contains("new findings").contains("[weights-sum]");
        assertThat(Main.capture("diff", "--fail-on", "error", broken.toString(), broken.toString()).exitCode())
                .as("an error the old version already had is not new").isEqualTo(ExitCode.OK);
        assertThat(Main.capture("diff", "--fail-on", "error", broken.toString(), clean.toString()).exitCode())
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void aFileAtAGitRevisionAgainstTheWorkingCopy() throws Exception {
        Path repo = repositoryWithTheSeedCommitted();
        Path review = repo.resolve("content/prr.md");
        Files.copy(Path.of(NEW), review, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Main.Result result = Main.capture("diff", "--repo", repo.toString(), "HEAD:content/prr.md", review.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).startsWith("HEAD:content/prr.md → ").contains("stated score    83.5 → 87.2");
    }

    @Test
    void everyReviewChangedSinceABaseRevision() throws Exception {
        Path repo = repositoryWithTheSeedCommitted();
        Files.copy(Path.of(NEW), repo.resolve("content/prr.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(repo.resolve("content/added.md"), Files.readString(newReview("added.md")));

        Main.Result result = Main.capture("diff", "--repo", repo.toString(), "--base", "HEAD",
                repo.resolve("content").toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out())
                .contains("(none) → content/added.md\n")
                .contains("HEAD:content/prr.md → content/prr.md\n")
                .doesNotContain("unchanged.md")
                .endsWith("2 reviews compared, 2 changed; 0 new findings; 1 fixed.\n");
    }

    @Test
    void usageAndInputErrors() throws Exception {
        Path repo = repositoryWithTheSeedCommitted();

        Main.Result oneArgument = Main.capture("diff", OLD);
        Main.Result unknownRevision = Main.capture("diff", "--repo", repo.toString(), "nope:content/prr.md", OLD);
        Main.Result missingFile = Main.capture("diff", OLD, dir.resolve("missing.md").toString());

        assertThat(oneArgument.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(oneArgument.err()).contains("diff needs two versions");
        assertThat(unknownRevision.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(unknownRevision.err()).isEqualTo("gonogo: unknown git revision 'nope'\n");
        assertThat(missingFile.exitCode()).isEqualTo(ExitCode.INPUT);
    }

    private Path newReview(String name) {
        Path file = dir.resolve("templates").resolve(name);
        assertThat(Main.capture("new", file.toString(), "--date", "2026-03-01").exitCode()).isZero();
        return file;
    }

    private Path repositoryWithTheSeedCommitted() throws IOException, GitAPIException {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("content"));
        Files.copy(Path.of(OLD), repo.resolve("content/prr.md"));
        Files.writeString(repo.resolve("content/unchanged.md"), "# Unchanged\n", StandardCharsets.UTF_8);
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            git.add().addFilepattern(".").call();
            PersonIdent ann = new PersonIdent("Ann", "ann@example.org", Instant.EPOCH, ZoneId.of("UTC"));
            git.commit().setMessage("seed").setAuthor(ann).setCommitter(ann).setSign(false).call();
        }
        return repo;
    }
}
