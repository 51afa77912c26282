package dev.gonogo.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site laid over another: the upper folder's files win, the rest come from below, nothing from outside. */
class SiteLayersTest {
    @TempDir
    Path dir;

    @Test
    void aPathIsServedFromTheTopmostFolderThatHoldsIt() throws IOException {
        Path base = write("base/index.html", "old index");
        write("base/reviews/a.html", "a");
        write("base/reviews/index.html", "reviews index");
        Path top = write("top/index.html", "new index");
        SiteLayers site = SiteLayers.of(base.getParent()).overBase(top.getParent());

        assertThat(Files.readString(site.find("index.html").orElseThrow())).isEqualTo("new index");
        assertThat(Files.readString(site.find("reviews/a.html").orElseThrow())).isEqualTo("a");
        assertThat(Files.readString(site.find("reviews").orElseThrow())).isEqualTo("reviews index");
        assertThat(site.find("reviews/b.html")).isEmpty();
        write("secret.txt", "outside the site");
        assertThat(site.find("../secret.txt")).as("never outside the folders").isEmpty();
        assertThat(site.base()).isEqualTo(base.getParent());
        assertThat(site.overlay()).contains(top.getParent());
    }

    @Test
    void aNewOverlayReplacesTheOldOneOverTheSameBase() throws IOException {
        Path base = write("base/index.html", "old").getParent();
        Path first = write("first/index.html", "first").getParent();
        Path second = write("second/index.html", "second").getParent();

        SiteLayers site = SiteLayers.of(base).overBase(first).overBase(second);

        assertThat(site.folders()).containsExactly(second, base);
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
