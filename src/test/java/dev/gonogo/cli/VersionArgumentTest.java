package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionArgumentTest {

    @Test
    void revisionAndPath() {
        assertThat(VersionArgument.parse("origin/main~2:content/prr.md"))
                .isEqualTo(new VersionArgument.AtRevision("origin/main~2", "content/prr.md",
                        "origin/main~2:content/prr.md"));
        assertThat(((VersionArgument.AtRevision) VersionArgument.parse("HEAD:./prr.md")).relativeToCurrentFolder())
                .isTrue();
        assertThat(((VersionArgument.AtRevision) VersionArgument.parse("HEAD:content/a.md")).relativeToCurrentFolder())
                .isFalse();
    }

    @Test
    void plainPathsWindowsDrivesAndExistingFilesAreFiles(@TempDir Path dir) throws IOException {
        Path colon = Files.writeString(dir.resolve("a:b.md"), "x");

        assertThat(VersionArgument.parse("content/prr.md")).isInstanceOf(VersionArgument.File.class);
        assertThat(VersionArgument.parse("C:\\reviews\\prr.md")).isInstanceOf(VersionArgument.File.class);
        assertThat(VersionArgument.parse(colon.toString())).isInstanceOf(VersionArgument.File.class);
        assertThat(VersionArgument.parse("HEAD:")).isInstanceOf(VersionArgument.File.class);
        assertThat(VersionArgument.parse(":x.md")).isInstanceOf(VersionArgument.File.class);
    }
}
