package dev.gonogo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.gonogo.check.ReviewResult;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.fix.AtomicFileWriter;
import dev.gonogo.fix.FixException;
import dev.gonogo.fix.FixPlan;
import dev.gonogo.fix.ScoreFixer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --fix} replaces a file whole or not at all: when the write cannot happen, the file keeps the bytes
 * it had (not the fix, not a half of it) and no temporary file is left beside it.
 */
class FixAtomicityTest {
    @TempDir
    Path dir;
    Path review;
    ReviewFile file;
    ReviewPipeline pipeline;
    ScoreFixes fixes;

    @BeforeEach
    void copySeed() throws IOException {
        review = Files.copy(Path.of("content", "prr-x0tta6bl4-v3.4.0.md"), dir.resolve("review.md"));
        file = new ReviewFile(review, "review.md");
        pipeline = ReviewPipeline.of(GonogoConfig.defaults());
        fixes = new ScoreFixes(pipeline, new ScoreFixer(GonogoConfig.defaults().tolerance()), new AtomicFileWriter());
    }

    private FixPlan plan() {
        List<FixPlan> plans = fixes.plan(pipeline.check(List.of(file), ReviewResult::outline), List.of(file));
        assertThat(plans).hasSize(1);
        return plans.get(0);
    }

    @Test
    void aFileEditedBetweenCheckAndFixKeepsTheEditAndIsNotFixed() throws IOException {
        FixPlan plan = plan();
        String edited = Files.readString(review, StandardCharsets.UTF_8).replace("83.5%", "84.0%");
        Files.writeString(review, edited, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> fixes.apply(plan, file)).isInstanceOf(FixException.class)
                .hasMessage("review.md: changed while gonogo was checking it; not fixed");

        assertThat(Files.readString(review, StandardCharsets.UTF_8)).isEqualTo(edited);
        assertThat(filesIn(dir)).containsExactly("review.md");
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheFileAsItWas() throws IOException {
        FixPlan plan = plan();
        byte[] before = Files.readAllBytes(review);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(Files.isWritable(dir)).as("running as root: every folder is writable").isFalse();
            assertThatThrownBy(() -> fixes.apply(plan, file)).isInstanceOf(FixException.class)
                    .hasMessageStartingWith("review.md: cannot write the fix: ").hasMessageEndingWith("; not fixed");
            assertThat(Files.readAllBytes(review)).isEqualTo(before);
            assertThat(filesIn(dir)).containsExactly("review.md");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aSuccessfulFixChangesOnlyTheStatedScore() throws IOException {
        byte[] before = Files.readAllBytes(review);
        fixes.apply(plan(), file);

        byte[] after = Files.readAllBytes(review);
        assertThat(after).hasSameSizeAs(before);
        assertThat(new String(after, StandardCharsets.UTF_8))
                .isEqualTo(new String(before, StandardCharsets.UTF_8).replace("**83.5%**", "**85.7%**"));
        assertThat(filesIn(dir)).containsExactly("review.md");
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
