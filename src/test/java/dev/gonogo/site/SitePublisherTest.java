package dev.gonogo.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site is swapped in whole or not at all. */
class SitePublisherTest {
    private final SitePublisher publisher = new SitePublisher();

    @TempDir
    Path temp;

    @Test
    void publishesIntoANewFolderWithTheMarker() throws IOException {
        Path out = temp.resolve("site");
        String result = publisher.publish(out, folder -> {
            Files.writeString(folder.resolve("index.html"), "new");
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(out.resolve("index.html")).hasContent("new");
        assertThat(out.resolve(SitePublisher.MARKER)).isRegularFile();
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void replacesThePreviousSiteAsAWhole() throws IOException {
        Path out = temp.resolve("site");
        publisher.publish(out, folder -> Files.writeString(folder.resolve("old-only.html"), "old"));
        publisher.publish(out, folder -> Files.writeString(folder.resolve("index.html"), "new"));
        assertThat(out.resolve("index.html")).hasContent("new");
        assertThat(out.resolve("old-only.html")).doesNotExist();
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteAndNoLeftovers() throws IOException {
        Path out = temp.resolve("site");
        publisher.publish(out, folder -> Files.writeString(folder.resolve("index.html"), "old"));
        assertThatThrownBy(() -> publisher.publish(out, folder -> {
            Files.writeString(folder.resolve("index.html"), "half");
            throw new IllegalStateException("template failed");
        })).hasMessage("template failed");
        assertThat(out.resolve("index.html")).hasContent("old");
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void createsMissingParentFolders() throws IOException {
        Path out = temp.resolve("a/b/site");
        publisher.publish(out, folder -> Files.writeString(folder.resolve("index.html"), "x"));
        assertThat(out.resolve("index.html")).hasContent("x");
    }

    private Stream<String> siblingNames() throws IOException {
        return Files.list(temp).map(p -> p.getFileName().toString());
    }

    private java.util.List<String> siblings() throws IOException {
        try (Stream<String> names = siblingNames()) {
            return names.sorted().toList();
        }
    }
}
