package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.site.FolderSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gonogo check} reads and reports; it never writes — not into the content folder, not beside it, not a
 * cache — whatever the files hold, unless {@code --fix} is given. {@code --fix --dry-run} writes nothing either.
 */
class CheckWritesNothingTest {
    @TempDir
    Path temp;

    @Test
    void checkingGoodBadAndBrokenFilesLeavesEveryByteAndTimestamp() throws IOException {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.copy(Path.of("content", "prr-x0tta6bl4-v3.4.0.md"), content.resolve("prr-x0tta6bl4-v3.4.0.md"));
        Files.copy(Path.of("content", "prr-ledger-service-2.8.0.md"), content.resolve("ledger.md"));
        Files.write(content.resolve("binary.md"), new byte[] {0, 1, 2, (byte) 0xff});
        Files.writeString(content.resolve("gonogo.yml"), "tolerance: 0.05\n");
        Files.writeString(content.resolve("notes.txt"), "not a review");
        FolderSnapshot before = FolderSnapshot.of(temp);

        Main.Result text = CheckFiles.check(CheckFiles.PLAIN, content.toString());
        Main.Result sarif = CheckFiles.check(CheckFiles.PLAIN, "--format", "sarif", content.toString());
        Main.Result dryRun = CheckFiles.check(CheckFiles.PLAIN, "--fix", "--dry-run", content.toString());

        assertThat(text.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(sarif.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(dryRun.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(dryRun.out()).contains("-**Overall Score:** **83.5%** (Go with conditions)\n")
                .contains("+**Overall Score:** **85.7%** (Go with conditions)\n");
        assertThat(FolderSnapshot.of(temp)).isEqualTo(before);
    }
}
