package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.gonogo.config.GonogoConfig;
import dev.gonogo.model.Problem;
import dev.gonogo.pipeline.CheckedFiles;
import dev.gonogo.pipeline.ReviewFile;
import dev.gonogo.pipeline.ReviewFiles;
import dev.gonogo.pipeline.ReviewPipeline;
import dev.gonogo.pipeline.UnreadableFile;
import dev.gonogo.site.page.ReviewDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input catalogue at the command line (docs/limits.md): for each shape of bad content folder, the exit
 * code, the one line naming the file, and what is still checked or published.
 */
class BadContentTest {
    /** The PNG signature and the start of an IHDR chunk: what a screenshot saved as .md begins with. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
        'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    @TempDir
    Path temp;
    Path content;
    Path out;

    @BeforeEach
    void copySeed() throws IOException {
        content = Files.createDirectories(temp.resolve("content"));
        Files.copy(Path.of("content", "prr-x0tta6bl4-v3.4.0.md"), content.resolve("prr-x0tta6bl4-v3.4.0.md"));
        out = temp.resolve("site");
    }

    @Test
    void checkReportsTheReadableFilesAndNamesTheOneThatIsNot() throws IOException {
        Files.write(content.resolve("screenshot.md"), PNG);

        Main.Result result = CheckFiles.check(CheckFiles.PLAIN, content.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(result.err()).isEqualTo("gonogo: " + content.resolve("screenshot.md")
                + ": not a text file: looks like a PNG image\n");
        assertThat(result.out()).contains("prr-x0tta6bl4-v3.4.0.md:150:").contains("[score-mismatch]")
                .doesNotContain("screenshot.md");
    }

    @Test
    void buildPublishesTheOthersAndAPageSayingWhyForTheFileThatCannotBeRead() throws IOException {
        Files.write(content.resolve("screenshot.md"), PNG);

        Main.Result result = Main.capture("build", content.toString(), "-o", out.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(result.err()).isEqualTo("gonogo: screenshot.md: not a text file: looks like a PNG image\n");
        assertThat(result.out()).startsWith("Built 2 reviews");
        assertThat(out.resolve("reviews/x0tta6bl4-3.4.0-fixed2.html")).isRegularFile();
        Document broken = Jsoup.parse(out.resolve("reviews/screenshot.html").toFile(), "UTF-8");
        assertThat(broken.text()).contains("not a text file: looks like a PNG image");
    }

    @Test
    void aFileWithoutReadPermissionIsAnInputErrorForThatFileOnly() throws IOException {
        Path locked = Files.writeString(content.resolve("locked.md"), "# Locked 1.0\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(locked)).as("running as root: every file is readable").isFalse();

        Main.Result result = CheckFiles.check(CheckFiles.PLAIN, content.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(result.err()).isEqualTo("gonogo: " + locked + ": permission denied\n");
        assertThat(result.out()).contains("[score-mismatch]");
    }

    @Test
    void aFileDeletedAfterItWasListedIsAnInputErrorForThatFileOnly() throws IOException {
        Path doomed = Files.copy(content.resolve("prr-x0tta6bl4-v3.4.0.md"), content.resolve("doomed.md"));
        List<ReviewFile> files = ReviewFiles.collect(List.of(content));
        Files.delete(doomed);
        ReviewPipeline pipeline = ReviewPipeline.of(GonogoConfig.defaults());
        ReviewLoader loader = new ReviewLoader(pipeline);

        List<ReviewDocument> built = loader.load(files);
        CheckedFiles checked = pipeline.checkReadable(files, result -> result);

        String message = doomed + ": no such file";
        assertThat(built).extracting(d -> d.result().review().source().path())
                .containsExactly(doomed.toString(), content.resolve("prr-x0tta6bl4-v3.4.0.md").toString());
        assertThat(built.get(0).result().review().problems()).extracting(Problem::message).containsExactly(message);
        assertThat(loader.unreadable()).extracting(UnreadableFile::message).containsExactly(message);
        assertThat(checked.unreadable()).extracting(UnreadableFile::message).containsExactly(message);
        assertThat(checked.result().reviews()).hasSize(1);
    }

    @Test
    void filesThatAreNotMarkdownAreSkippedAndSaidOnce() throws IOException {
        Files.write(content.resolve("logo.png"), PNG);
        Files.writeString(content.resolve("notes.txt"), "not a review");
        Files.writeString(content.resolve("review.markdown"), "# Pay 1.0\n");
        Files.writeString(content.resolve("todo.rst"), "todo");
        Files.writeString(content.resolve(".DS_Store"), "finder");

        Main.Result check = CheckFiles.check(CheckFiles.PLAIN, content.toString());
        Main.Result build = Main.capture("build", content.toString(), "-o", out.toString());

        String notice = "gonogo: skipped 4 files that are not Markdown (*.md): " + content.resolve("logo.png") + ", "
                + content.resolve("notes.txt") + ", " + content.resolve("review.markdown") + " and 1 more\n";
        assertThat(check.err()).isEqualTo(notice);
        assertThat(check.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(build.err()).isEqualTo(notice);
        assertThat(build.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(build.out()).startsWith("Built 1 review of 1 system");
    }

    @Test
    void namesWithSpacesCyrillicAndDoubleDotsArePublishedAndReportedAsGiven() throws IOException {
        String review = "# Pay %s\n\n**System:** %s\n**Version:** 1.0.0\n";
        Files.writeString(content.resolve("my review.md"), review.formatted("spaces", "pay spaces"));
        Path russian = Files.createDirectories(content.resolve("обзоры"));
        Files.writeString(russian.resolve("платежи.md"), review.formatted("кириллица", "платежи"));
        Files.writeString(content.resolve("v1..2.md"), review.formatted("dots", "pay dots"));

        Main.Result check = CheckFiles.check(CheckFiles.PLAIN, "--format", "markdown", content.toString());
        Main.Result build = Main.capture("build", content.toString(), "-o", out.toString());

        assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(check.out()).contains(content.resolve("my review.md").toString(),
                content.resolve("обзоры/платежи.md").toString(), content.resolve("v1..2.md").toString());
        assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCode.OK);
        assertThat(build.out()).startsWith("Built 4 reviews of 4 systems");
        assertThat(Files.list(out.resolve("reviews")).map(p -> p.getFileName().toString())
                .filter(name -> name.endsWith(".html") && !name.endsWith(".source.html")).sorted())
                .containsExactly("pay-dots-1.0.0.html", "pay-spaces-1.0.0.html", "platezhi-1.0.0.html",
                        "x0tta6bl4-3.4.0-fixed2.html");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(out::relativize).map(Path::toString)).allMatch(name -> !name.contains(".."));
        }
    }

    @Test
    void twoReviewsThatWouldShareAPageBothKeepTheirOwn() throws IOException {
        Path copy = Files.createDirectories(content.resolve("copy"));
        Files.copy(content.resolve("prr-x0tta6bl4-v3.4.0.md"), copy.resolve("prr-x0tta6bl4-v3.4.0.md"));

        Main.Result build = Main.capture("build", content.toString(), "-o", out.toString());

        assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCode.OK);
        Document first = Jsoup.parse(out.resolve("reviews/x0tta6bl4-3.4.0-fixed2.html").toFile(), "UTF-8");
        Document second = Jsoup.parse(out.resolve("reviews/x0tta6bl4-3.4.0-fixed2-2.html").toFile(), "UTF-8");
        assertThat(first.select("a[href$=.source.html]").eachText()).contains("copy/prr-x0tta6bl4-v3.4.0.md");
        assertThat(second.select("a[href$=.source.html]").eachText()).contains("prr-x0tta6bl4-v3.4.0.md");
    }

    @Test
    void aConfigurationValueOfTheWrongTypeIsExit3NamingFileAndKey() throws IOException {
        Path config = Files.writeString(content.resolve("gonogo.yml"), "tolerance: [1, 2]\n");

        Main.Result check = CheckFiles.check(CheckFiles.PLAIN, content.toString());
        Main.Result build = Main.capture("build", content.toString(), "-o", out.toString());

        for (Main.Result result : new Main.Result[] {check, build}) {
            assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT);
            assertThat(result.err()).startsWith("gonogo: " + config + ": key 'tolerance' (line 1): ")
                    .doesNotContain("\tat ").hasLineCount(1);
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void aReviewNestedTenThousandDeepIsPublishedWithItsProblems() throws IOException {
        Files.writeString(content.resolve("deep.md"), "# Deep 1.0\n\n" + "> ".repeat(10_000) + "quote\n\n"
                + "- ".repeat(10_000) + "item\n", StandardCharsets.UTF_8);

        long start = System.nanoTime();
        Main.Result build = Main.capture("build", content.toString(), "-o", out.toString());

        assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds").isLessThan(30);
        assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCode.OK);
        Document page = Jsoup.parse(out.resolve("reviews/deep.html").toFile(), "UTF-8");
        assertThat(page.select("blockquote")).isNotEmpty();
        assertThat(page.text()).contains("10000 quotes or lists are opened on this line").contains("quote", "item");
    }
}
