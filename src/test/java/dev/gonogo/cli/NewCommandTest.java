package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.CheckSettings;
import dev.gonogo.check.rules.Rules;
import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Review;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.parse.Vocabulary;
import dev.gonogo.source.SourceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class NewCommandTest {
    @TempDir
    Path dir;

    private static Review parse(Path file) {
        return new ReviewParser(Vocabulary.defaults()).parse(new SourceReader().read(file, "new.md"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void writesAReviewWhoseArithmeticIsConsistent(String language) {
        Path file = dir.resolve("reviews/payments-2.1.0.md");

        Main.Result result = Main.capture("new", file.toString(), "--lang", language, "--system", "Payments API",
                "--version", "2.1.0", "--date", "2026-03-01");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("Wrote ").contains("gonogo check");
        Review review = parse(file);
        assertThat(review.problems()).isEmpty();
        assertThat(review.system()).isEqualTo("Payments API");
        assertThat(review.version()).isEqualTo("2.1.0");
        assertThat(review.date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(review.matrix().rows()).hasSize(5);
        assertThat(review.matrix().weightTotal()).isEqualByComparingTo("100");
        assertThat(review.statedScore().value()).isEqualByComparingTo(review.matrix().computedScore());
        assertThat(review.checklist()).hasSize(12).noneMatch(ChecklistItem::checked);
        assertThat(review.metrics()).hasSize(5).allMatch(m -> m.target() != null && m.targetQuantity() != null);
        assertThat(review.metrics()).extracting(Metric::label).contains("Error Rate", "Availability");
        assertThat(review.recommendation()).isNotNull();
        assertThat(Rules.checker(CheckSettings.defaults()).check(review).findings()).as("check finds nothing")
                .isEmpty();
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws IOException {
        Path file = dir.resolve("existing.md");
        Files.writeString(file, "# Someone's review\n", StandardCharsets.UTF_8);

        Main.Result result = Main.capture("new", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(result.err()).contains("existing.md: already exists").doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo("# Someone's review\n");
    }

    @Test
    void theDateComesFromTheClock() {
        Path file = dir.resolve("today.md");
        Clock clock = Clock.fixed(Instant.parse("2026-05-17T23:30:00Z"), ZoneOffset.ofHours(3));
        CommandLine cli = new CommandLine(new NewCommand(clock));
        cli.setOut(new PrintWriter(new StringWriter()));

        assertThat(cli.execute(file.toString())).isEqualTo(ExitCode.OK);
        assertThat(parse(file).date()).isEqualTo(LocalDate.of(2026, 5, 18));
    }

    @Test
    void multiLineNamesAreUsageErrors() {
        Main.Result result = Main.capture("new", dir.resolve("x.md").toString(), "--system", "a\nb");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--system must be one non-empty line");
        assertThat(dir.resolve("x.md")).doesNotExist();
    }

    @Test
    void defaultFileNameIsASlugOfSystemAndVersion() {
        assertThat(NewCommand.slug("Payments API")).isEqualTo("payments-api");
        assertThat(NewCommand.slug("Платёжный шлюз")).isEqualTo("платёжный-шлюз");
        assertThat(NewCommand.slug("v3.4.0-fixed2")).isEqualTo("v3.4.0-fixed2");
        assertThat(NewCommand.slug("../../etc")).isEqualTo("etc");
        assertThat(NewCommand.slug("***")).isEqualTo("review");
    }
}
