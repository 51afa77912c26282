package dev.gonogo.site;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output folders a build must never replace are refused with the reason. */
class OutputGuardTest {
    @TempDir
    Path temp;
    Path home;
    Path content;
    Path theme;
    OutputGuard guard;
    List<OutputGuard.Protected> protect;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(temp.resolve("home/user"));
        content = Files.createDirectories(home.resolve("project/content"));
        theme = Files.createDirectories(home.resolve("project/theme"));
        guard = new OutputGuard(home);
        protect = List.of(new OutputGuard.Protected("content", content), new OutputGuard.Protected("theme", theme));
    }

    @Test
    void acceptsANewFolderAnEmptyOneAndOneWithTheMarker() throws IOException {
        assertThatCode(() -> guard.check(home.resolve("project/site"), protect, false)).doesNotThrowAnyException();
        Path empty = Files.createDirectories(home.resolve("project/empty"));
        assertThatCode(() -> guard.check(empty, protect, false)).doesNotThrowAnyException();
        Path previous = Files.createDirectories(home.resolve("project/previous"));
        Files.writeString(previous.resolve(SitePublisher.MARKER), "");
        Files.writeString(previous.resolve("index.html"), "");
        assertThatCode(() -> guard.check(previous, protect, false)).doesNotThrowAnyException();
    }

    @Test
    void refusesTheRootAndTheHomeFolderEvenWhenForced() {
        assertThatThrownBy(() -> guard.check(temp.getRoot(), protect, true)).hasMessageContaining("root");
        assertThatThrownBy(() -> guard.check(home, protect, true)).hasMessageContaining("home folder");
        assertThatThrownBy(() -> guard.check(temp.resolve("home"), protect, true))
                .hasMessageContaining("contains the home folder");
    }

    @Test
    void refusesTheContentFolderAndFoldersAroundIt() {
        assertThatThrownBy(() -> guard.check(content, protect, true)).hasMessageContaining("is the content folder");
        assertThatThrownBy(() -> guard.check(content.resolve("site"), protect, true))
                .hasMessageContaining("inside the content folder");
        assertThatThrownBy(() -> guard.check(home.resolve("project"), protect, true))
                .hasMessageContaining("contains the content folder");
        assertThatThrownBy(() -> guard.check(content.resolve("x/../../content"), protect, true))
                .hasMessageContaining("is the content folder");
    }

    @Test
    void refusesTheThemeFolderAndFoldersInsideIt() {
        assertThatThrownBy(() -> guard.check(theme, protect, true)).hasMessageContaining("is the theme folder");
        assertThatThrownBy(() -> guard.check(theme.resolve("out"), protect, true))
                .hasMessageContaining("inside the theme folder");
    }

    @Test
    void seesThroughSymbolicLinks() throws IOException {
        Path link = Files.createSymbolicLink(home.resolve("link-to-content"), content);
        assertThatThrownBy(() -> guard.check(link, protect, true)).hasMessageContaining("is the content folder");
    }

    @Test
    void refusesAForeignNonEmptyFolderUnlessForced() throws IOException {
        Path documents = Files.createDirectories(home.resolve("documents"));
        Files.writeString(documents.resolve("thesis.odt"), "years of work");
        assertThatThrownBy(() -> guard.check(documents, protect, false))
                .hasMessageContaining("not empty").hasMessageContaining(SitePublisher.MARKER)
                .hasMessageContaining("--force");
        assertThatCode(() -> guard.check(documents, protect, true)).doesNotThrowAnyException();
    }

    @Test
    void refusesAFile() throws IOException {
        Path file = Files.writeString(home.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> guard.check(file, protect, true)).hasMessageContaining("is a file");
    }
}
