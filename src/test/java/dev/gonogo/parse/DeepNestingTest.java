package dev.gonogo.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.gonogo.model.Problem;
import dev.gonogo.model.Review;
import org.junit.jupiter.api.Test;

/**
 * Nesting far beyond any review — 10,000 levels of lists and quotes — is read down to the documented limits
 * (32 containers opened on one line, 128 columns of indentation, 24 list levels in the model), with a problem
 * naming the line, on a thread with a small (512 KB) stack.
 */
class DeepNestingTest {

    @Test
    void tenThousandQuotesOnOneLine() {
        Review review = SmallStack.parse("# Review\n\n" + "> ".repeat(10_000) + "deep\n");
        assertThat(review.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(3, "10000 quotes or lists are opened on this line; those beyond 32 are read as text"),
                tuple(3, "this line holds more than 128 spaces in a row (lists nested that deep?); the spaces beyond"
                        + " are read as text"));
    }

    @Test
    void tenThousandListMarkersOnOneLine() {
        // was 60 s: flexmark's thematic-break regex backtracked over the spaces the markers were blanked to
        Review review = SmallStack.parse("# Review\n\n## Items\n\n" + "- ".repeat(10_000) + "deep\n");
        assertThat(review.problems()).extracting(Problem::line).containsOnly(5);
        assertThat(review.problems()).extracting(Problem::message)
                .contains("10000 quotes or lists are opened on this line; those beyond 32 are read as text");
    }

    @Test
    void listsNestedThousandsDeepByIndentation() {
        StringBuilder text = new StringBuilder("# Review\n\n## Items\n\n");
        for (int depth = 0; depth < 2_000; depth++) {
            text.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');
        }
        Review review = SmallStack.parse(text.toString());
        // level 64 is the first indented by more than 128 columns (line 5 holds level 0)
        assertThat(review.problems()).extracting(Problem::line, Problem::message).contains(
                tuple(5 + 65, "1935 lines, the first here, hold more than 128 spaces"
                        + " in a row (lists nested that deep?); the spaces beyond are read as text"));
        assertThat(review.problems()).anyMatch(p -> p.message().contains("nested deeper than 24 levels"));
    }

    @Test
    void quotesNestedLineByLine() {
        StringBuilder text = new StringBuilder("# Review\n\n");
        for (int depth = 1; depth <= 3_000; depth++) {
            text.append(">".repeat(Math.min(depth, 40))).append(" level ").append(depth).append('\n');
        }
        Review review = SmallStack.parse(text.toString());
        assertThat(review.problems()).filteredOn(p -> p.message().contains("opened on this line"))
                .extracting(Problem::line).startsWith(3 + 32).hasSize(3_000 - 32);
    }

    @Test
    void longRunsOfSpacesInsideALine() {
        Review review = SmallStack.parse("# Review\n\n- - - " + " ".repeat(50_000) + "x\n");
        assertThat(review.problems()).extracting(Problem::line).containsExactly(3);
    }

    @Test
    void numbersAndVersionsThousandsOfPartsLong() {
        String text = "# Review\n\n**Version:** pay " + "1.".repeat(20_000) + "0\n\n## Matrix\n\n"
                + "| Criterion | Weight | Score |\n|---|---|---|\n| A | " + "1,000".repeat(5_000) + " | 80 |\n"
                + "\n## Tests\n\n### " + "1.".repeat(20_000) + " load test\n";
        Review review = SmallStack.parse(text);
        assertThat(review.matrix().rows()).hasSize(1);
        assertThat(review.problems()).noneMatch(p -> p.message().contains("could not be parsed"));
    }
}
