package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild that reuses the render cache publishes exactly the site a cold build would (byte for byte), and
 * really reuses: an unchanged review's files are the published files themselves (hard links), a changed one's
 * are rendered again.
 */
class CachedRebuildTest {
    private static final String CHANGED = "reviews/ledger-1-1.0.3.html";
    private static final String UNCHANGED = "reviews/ledger-1-1.1.3.html";

    @TempDir
    Path temp;
    private Path content;

    @BeforeEach
    void corpus() throws IOException {
        content = temp.resolve("content");
        CorpusGenerator.fromProjectSeed(CorpusGenerator.DEFAULT_SEED).write(12, content);
        Files.delete(content.resolve(CorpusGenerator.GROUND_TRUTH));
    }

    @Test
    void rebuildWithNothingChangedIsTheColdBuildAndLinksThePublishedFiles() throws IOException {
        Path out = temp.resolve("site");
        build(out);
        Object before = fileKey(out.resolve(UNCHANGED));

        build(out);

        assertThat(fileKey(out.resolve(UNCHANGED))).isEqualTo(before);
        assertSameTree(out, coldBuild("cold"));
    }

    @Test
    void rebuildAfterAnEditRendersTheEditedReviewAndMatchesAColdBuild() throws IOException {
        Path out = temp.resolve("site");
        build(out);
        Object changedBefore = fileKey(out.resolve(CHANGED));
        Object unchangedBefore = fileKey(out.resolve(UNCHANGED));
        Path edited = content.resolve("prr-ledger-1-1.0.3.md");
        Files.writeString(edited, Files.readString(edited, StandardCharsets.UTF_8)
                .replace("- [ ]", "- [x]"), StandardCharsets.UTF_8);

        build(out);

        assertThat(fileKey(out.resolve(CHANGED))).isNotEqualTo(changedBefore);
        assertThat(fileKey(out.resolve(UNCHANGED))).isEqualTo(unchangedBefore);
        assertSameTree(out, coldBuild("cold"));
    }

    @Test
    void aPublishedFileChangedByHandIsRenderedAgain() throws IOException {
        Path out = temp.resolve("site");
        build(out);
        Files.writeString(out.resolve(UNCHANGED), "edited by hand", StandardCharsets.UTF_8);

        build(out);

        assertSameTree(out, coldBuild("cold"));
    }

    private void build(Path out) {
        assertThat(Main.capture("build", content.toString(), "-o", out.toString()).exitCode()).isZero();
    }

    private Path coldBuild(String name) {
        Path out = temp.resolve(name);
        assertThat(Main.capture("build", content.toString(), "-o", out.toString(), "--no-cache").exitCode())
                .isZero();
        return out;
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static void assertSameTree(Path actual, Path expected) throws IOException {
        Map<String, byte[]> one = tree(actual);
        Map<String, byte[]> two = tree(expected);
        assertThat(one.keySet()).containsExactlyElementsOf(two.keySet()).hasSizeGreaterThan(40);
        one.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(two.get(path)));
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
