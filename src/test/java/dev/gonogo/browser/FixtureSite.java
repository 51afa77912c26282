package dev.gonogo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site the browser tests look at, built with {@code gonogo build} from the browser fixtures: the seed review
 * as it was first received (mojibake), three versions of an English review, a Windows-1251 review and a hostile
 * review full of scripts, event handlers, hostile URLs and template syntax.
 */
record FixtureSite(Path root) {
    /** The review files under {@code src/test/resources/browser/content}, plus the shared Windows-1251 fixture. */
    private static final List<String> CONTENT = List.of("seed-original-mojibake.md",
            "prr-notification-service-2.9.0.md", "prr-notification-service-3.0.0.md",
            "prr-notification-service-3.1.0.md", "prr-hostile-9.9.9.md");
    private static final String CP1251 = "fixtures/review-cp1251.md";

    /** Builds the fixture site under {@code work} (content in {@code work/content}, site in {@code work/site}). */
    static FixtureSite build(Path work) {
        try {
            Path content = Files.createDirectories(work.resolve("content"));
            for (String name : CONTENT) {
                Files.copy(resource("browser/content/" + name), content.resolve(name));
            }
            Files.copy(resource(CP1251), content.resolve("prr-paygate-cp1251.md"));
            Path site = work.resolve("site");
            Main.Result result = Main.capture("build", content.toString(), "-o", site.toString());
            assertThat(result.exitCode()).as("gonogo build: %s%s", result.out(), result.err()).isZero();
            return new FixtureSite(site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String name) {
        URL url = Objects.requireNonNull(FixtureSite.class.getClassLoader().getResource(name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every HTML page of the site, in path order, with its kind. */
    List<Page> pages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".html")).map(root::relativize)
                    .map(path -> path.toString().replace('\\', '/')).sorted().map(Page::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page of the one review whose index row mentions {@code text} (case-insensitive). */
    Page reviewMentioning(String text) {
        List<String> links = parse("index.html").select("tr[data-row]").stream()
                .filter(row -> row.text().toLowerCase().contains(text.toLowerCase()))
                .map(row -> row.selectFirst("th a")).filter(Objects::nonNull).map(link -> link.attr("href")).toList();
        assertThat(links).as("index rows mentioning %s", text).hasSize(1);
        return Page.of(links.get(0));
    }

    URI fileUri(Page page) {
        return root.resolve(page.path()).toUri();
    }

    Path file(Page page) {
        return root.resolve(page.path());
    }

    /** The page as written, parsed by jsoup. */
    Document parse(String path) {
        try {
            return Jsoup.parse(Files.readString(root.resolve(path), StandardCharsets.UTF_8),
                    root.resolve(path).toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generated page: its path relative to the site root, and its kind. */
    record Page(String path, Kind kind) {
        static Page of(String path) {
            return new Page(path, Kind.of(path));
        }

        @Override
        public String toString() {
            return path;
        }
    }

    /** The kinds of page the site has. */
    enum Kind {
        INDEX, REVIEW, SOURCE, SYSTEM, NOT_FOUND;

        static Kind of(String path) {
            if (path.equals("index.html")) {
                return INDEX;
            }
            if (path.equals("404.html")) {
                return NOT_FOUND;
            }
            if (path.startsWith("systems/")) {
                return SYSTEM;
            }
            if (path.startsWith("reviews/")) {
                return path.endsWith(".source.html") ? SOURCE : REVIEW;
            }
            throw new IllegalArgumentException("a page of no known kind: " + path);
        }
    }
}
