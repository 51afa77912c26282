package dev.gonogo.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gonogo.site.page.ReviewDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default theme ships in the jar; a theme folder overrides it file by file; templates are sandboxed. */
class ThemeTest {
    @TempDir
    Path temp;

    @Test
    void defaultAssetListMatchesTheThemeFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("themes/default/assets"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(Theme.DEFAULT_ASSETS.stream().sorted().toList());
        }
    }

    @Test
    void themeFolderOverridesTemplatesAndAssetsByName() throws IOException {
        Path theme = temp.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.createDirectories(theme.resolve("assets/img"));
        Files.writeString(theme.resolve("templates/404.ftlh"),
                "<!DOCTYPE html><title>${frame.title}</title><p class=\"custom\">lost</p>");
        Files.writeString(theme.resolve("assets/site.css"), "body { color: red; }");
        Files.writeString(theme.resolve("assets/img/logo.svg"), "<svg/>");
        Path out = temp.resolve("site");
        Files.createDirectories(out);
        new SiteGenerator(Theme.withOverrides(theme), SiteOptions.defaults(), SiteCharts.NONE,
                new JsonReviewExports()).generate(List.of(SiteFixtures.seed()), out);
        assertThat(Files.readString(out.resolve("404.html"))).contains("<p class=\"custom\">lost</p>");
        assertThat(out.resolve("assets/site.css")).hasContent("body { color: red; }");
        assertThat(out.resolve("assets/img/logo.svg")).isRegularFile();
        assertThat(out.resolve("assets/site.js")).as("not overridden: the default").isRegularFile();
        assertThat(Files.readString(out.resolve("index.html"))).contains("<table class=\"reviews\"");
    }

    @Test
    void templatesCannotInstantiateClassesOrReachTheApi() throws IOException {
        for (String hostile : List.of("${'freemarker.template.utility.Execute'?new()('id')}",
                "${frame?api.getClass()}")) {
            Path theme = temp.resolve("theme-" + Math.abs(hostile.hashCode()));
            Files.createDirectories(theme.resolve("templates"));
            Files.writeString(theme.resolve("templates/404.ftlh"), hostile);
            SiteGenerator generator = new SiteGenerator(Theme.withOverrides(theme), SiteOptions.defaults(),
                    SiteCharts.NONE, new JsonReviewExports());
            Path out = Files.createDirectories(temp.resolve("out-" + Math.abs(hostile.hashCode())));
            List<ReviewDocument> none = List.of();
            assertThatThrownBy(() -> generator.generate(none, out)).isInstanceOf(SiteException.class)
                    .hasMessageContaining("404.ftlh");
        }
    }

    @Test
    void missingThemeFolderIsRefused() {
        assertThatThrownBy(() -> Theme.withOverrides(temp.resolve("nope"))).isInstanceOf(SiteException.class)
                .hasMessageContaining("theme folder not found");
    }
}
