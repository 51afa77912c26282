package dev.gonogo.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives a byte-identical site, whatever the order the reviews arrive in. */
class DeterminismTest {

    @Test
    void twoBuildsAreByteIdentical(@TempDir Path temp) {
        GeneratedSite first = GeneratedSite.generate(temp.resolve("one"),
                List.of(SiteFixtures.seed(), SiteFixtures.earlier(), SiteFixtures.empty("empty.md")));
        GeneratedSite second = GeneratedSite.generate(temp.resolve("two"),
                List.of(SiteFixtures.empty("empty.md"), SiteFixtures.earlier(), SiteFixtures.seed()));
        Map<String, byte[]> one = tree(first.folder);
        Map<String, byte[]> two = tree(second.folder);
        assertThat(one.keySet()).containsExactlyElementsOf(two.keySet()).hasSizeGreaterThan(10);
        one.forEach((path, bytes) -> assertThat(two.get(path)).as(path).isEqualTo(bytes));
    }

    private static Map<String, byte[]> tree(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
