package dev.gonogo.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gonogo.check.CheckSettings;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.Severity;
import dev.gonogo.check.rules.Rules;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.parse.Vocabulary;
import dev.gonogo.source.SourceDocument;
import dev.gonogo.source.SourceReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreFixerTest {

    private static final String REVIEW = """
            # Review

            ## ✅ Decision Matrix

            | Criterion | Weight | Score |
            |-----------|--------|-------|
            | Tests     | 70%    | 90%   |
            | Security  | 30%    | 80%   |

            **Overall Score:** 85,0% (Go)
            """;

    private final ScoreFixer fixer = new ScoreFixer(CheckSettings.DEFAULT_TOLERANCE);

    @Test
    void keepsTheAuthorsDecimalCommaAndPrecision() {
        FixPlan plan = plan(REVIEW.getBytes(StandardCharsets.UTF_8));

        assertThat(plan.edits()).singleElement().satisfies(edit -> {
            assertThat(edit.oldText()).isEqualTo("85,0");
            assertThat(edit.newText()).isEqualTo("87,0");
            assertThat(edit.line()).isEqualTo(10);
        });
        assertThat(new String(plan.fixed(), StandardCharsets.UTF_8)).isEqualTo(REVIEW.replace("85,0", "87,0"));
    }

    @Test
    void utf16FilesAreEditedTwoBytesPerCharacter() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] text = REVIEW.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, 2);
        System.arraycopy(text, 0, bytes, 2, text.length);

        FixPlan plan = plan(bytes);

        byte[] expected = REVIEW.replace("85,0", "87,0").getBytes(StandardCharsets.UTF_16LE);
        assertThat(plan.fixed()).startsWith(bom).endsWith(expected).hasSize(bytes.length);
    }

    @Test
    void aNumberThatMovedIsFoundOnItsLineAndAMissingOneIsRefused() {
        byte[] bytes = REVIEW.getBytes(StandardCharsets.UTF_8);
        SourceDocument document = new SourceReader().decode(bytes, "review.md");
        ReviewResult checked = check(document);
        ReviewResult stale = new ReviewResult(checked.review(), checked.findings());
        // The same model against other bytes: the number is no longer where the model says.
        byte[] edited = REVIEW.replace("**Overall Score:** 85,0%", "**Overall Score:**  85,0%")
                .getBytes(StandardCharsets.UTF_8);
        SourceDocument other = new SourceReader().decode(edited, "review.md");

        assertThat(fixer.plan(stale, other, edited).edits()).singleElement()
                .satisfies(edit -> assertThat(edit.column()).isEqualTo(20)); // found as the only "85,0" on the line
        byte[] garbled = REVIEW.replace("85,0", "84,0").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> fixer.plan(stale, new SourceReader().decode(garbled, "review.md"), garbled))
                .isInstanceOf(FixException.class)
                .hasMessageStartingWith("review.md:10: cannot find the stated score 85,0");
    }

    @Test
    void onlyScoreMismatchFindingsAreFixed() {
        byte[] bytes = REVIEW.getBytes(StandardCharsets.UTF_8);
        SourceDocument document = new SourceReader().decode(bytes, "review.md");
        ReviewResult checked = check(document);
        List<Finding> others = List.of(new Finding("heading-status", Severity.WARNING, "x",
                new Location("review.md", 10, 20, ""), List.of()));

        assertThat(fixer.plan(new ReviewResult(checked.review(), others), document, bytes).changesAnything())
                .isFalse();
    }

    @Test
    void theWriterRefusesAFileThatChangedAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("review.md"), "changed since\n");
        AtomicFileWriter writer = new AtomicFileWriter();

        assertThatThrownBy(() -> writer.replace(file, "as read\n".getBytes(StandardCharsets.UTF_8),
                "fixed\n".getBytes(StandardCharsets.UTF_8), "review.md"))
                .isInstanceOf(FixException.class)
                .hasMessage("review.md: changed while gonogo was checking it; not fixed");
        assertThat(Files.readString(file)).isEqualTo("changed since\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theWriterReplacesTheWholeFileAtOnce(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("review.md"), "as read\n");

        new AtomicFileWriter().replace(file, "as read\n".getBytes(StandardCharsets.UTF_8),
                "fixed\n".getBytes(StandardCharsets.UTF_8), "review.md");

        assertThat(Files.readString(file)).isEqualTo("fixed\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    private FixPlan plan(byte[] bytes) {
        SourceDocument document = new SourceReader().decode(bytes, "review.md");
        return fixer.plan(check(document), document, bytes);
    }

    private static ReviewResult check(SourceDocument document) {
        return Rules.checker(CheckSettings.defaults())
                .check(new ReviewParser(Vocabulary.defaults()).parse(document));
    }
}
