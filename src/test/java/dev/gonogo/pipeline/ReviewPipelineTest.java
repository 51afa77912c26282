package dev.gonogo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gonogo.check.CheckResult;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewPipelineTest {

    private static final String REVIEW = """
            # Review %d

            | Criterion | Weight | Score |
            |-----------|--------|-------|
            | Tests     | 50%%    | 90%%   |
            | Security  | 50%%    | %d%%   |

            **Overall Score:** 85%%
            """;

    @TempDir
    Path dir;

    @Test
    void collectsMarkdownFilesSortedSkippingHiddenFoldersAndDuplicates() throws IOException {
        Path b = write("reviews/b.md", 80);
        write("reviews/a/z.md", 80);
        write("reviews/.git/x.md", 80);
        Files.writeString(dir.resolve("reviews/notes.txt"), "not a review");

        List<ReviewFile> files = ReviewFiles.collect(List.of(dir.resolve("reviews"), b));

        assertThat(files).extracting(ReviewFile::displayPath)
                .containsExactly(dir.resolve("reviews/a/z.md").toString(), b.toString());
    }

    @Test
    void aMissingPathIsAnInputError() {
        assertThatThrownBy(() -> ReviewFiles.collect(List.of(dir.resolve("gone"))))
                .isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("gone") + ": no such file or folder");
    }

    @Test
    void checksInParallelAndKeepsTheFileOrder() throws IOException {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            paths.add(write(String.format("r%02d.md", i), i % 2 == 0 ? 80 : 90));
        }

        CheckResult result = ReviewPipeline.of(GonogoConfig.defaults()).check(ReviewFiles.collect(paths));

        assertThat(result.reviews()).extracting(r -> r.review().source().path())
                .containsExactlyElementsOf(paths.stream().map(Path::toString).toList());
        // 50%×90 + 50%×80 = 85 is right; 50%×90 + 50%×90 = 90 is not.
        assertThat(result.reviews()).extracting(ReviewResult::findings)
                .allSatisfy(findings -> assertThat(findings.size()).isLessThanOrEqualTo(1));
        assertThat(result.reviews().get(1).findings()).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("score-mismatch"));
        assertThat(result.rules()).isNotEmpty();
    }

    @Test
    void theFirstUnreadableFileInFileOrderIsReported() throws IOException {
        Path good = write("a.md", 80);
        Path binary = Files.write(dir.resolve("b.md"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 0});
        Path alsoBinary = Files.write(dir.resolve("c.md"), new byte[] {0, 0, 0, (byte) 0xFE, 0, 1});

        List<ReviewFile> files = ReviewFiles.collect(List.of(alsoBinary, good, binary));

        assertThatThrownBy(() -> ReviewPipeline.of(GonogoConfig.defaults()).check(files))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(binary.toString());
    }

    private Path write(String name, int security) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, String.format(Locale.ROOT, REVIEW, security, security));
    }
}
