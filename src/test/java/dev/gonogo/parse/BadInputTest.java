package dev.gonogo.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.model.Entry;
import dev.gonogo.model.Problem;
import dev.gonogo.model.Review;
import org.junit.jupiter.api.Test;

/**
 * Input the parser must survive: a model with what could be read plus problems, never an exception. Pathological
 * documents are parsed on a thread with a small (512 KB) stack to prove nothing recurses without bound.
 */
class BadInputTest {

    private static final ReviewParser PARSER = new ReviewParser(Vocabulary.defaults());

    @Test
    void emptyText() {
        Review review = PARSER.parse(Documents.of(""));
        assertThat(review.title()).isEmpty();
        assertThat(review.sections()).isEmpty();
        assertThat(review.checklist()).isEmpty();
        assertThat(review.matrices()).isEmpty();
        assertThat(review.problems()).extracting(Problem::message).containsExactly("the document is empty");
    }

    @Test
    void nothingRecognisable() {
        Review review = PARSER.parse(Documents.of("just some prose\nwithout any structure at all\n"));
        assertThat(review.sections()).isEmpty();
        assertThat(review.problems()).extracting(Problem::line).containsExactly(0);
    }

    @Test
    void controlCharactersAndHalfMarkup() {
        String text = "# \u0000\u0001 title\n| a | Weight\n|---\n| x | **\n- [x\n<!-- gonogo-disable\n```\nopen fence";
        Review review = PARSER.parse(Documents.of(text));
        assertThat(review.title()).contains("title");
        assertThat(review.problems()).noneMatch(p -> p.message().contains("could not be parsed"));
    }

    @Test
    void deeplyNestedListsAreCutWithAProblem() {
        StringBuilder text = new StringBuilder("# Review\n\n## Deep\n\n");
        for (int depth = 0; depth < 200; depth++) {
            text.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');
        }
        Review review = SmallStack.parse(text.toString());
        Entry entry = review.sections().get(0).entries().get(0);
        int depth = 1;
        while (!entry.children().isEmpty()) {
            entry = entry.children().get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(EntryReader.MAX_DEPTH);
        assertThat(review.problems()).anyMatch(p -> p.message().contains("nested deeper"));
    }

    @Test
    void containersOpenedHundredsDeepOnOneLine() {
        String text = "# Review\n\n" + "> ".repeat(5000) + "quoted\n\n" + "- [ ] ".repeat(3000) + "task\n\n"
                + "1. ".repeat(3000) + "item\n";
        Review review = SmallStack.parse(text);
        assertThat(review.problems()).anyMatch(p -> p.line() == 3 && p.message().contains("opened on this line"));
        assertThat(review.problems()).noneMatch(p -> p.message().contains("could not be parsed"));
    }

    @Test
    void veryLongRuleLinesAndTableSeparators() {
        String text = "# Review\n\n" + "*".repeat(20000) + "\n\n" + "- ".repeat(5000) + "\n\n| a |\n"
                + "|-".repeat(5000) + "\n| 1 |\n";
        Review review = SmallStack.parse(text);
        assertThat(review.problems()).extracting(Problem::line).contains(3, 5, 8);
        assertThat(review.problems()).noneMatch(p -> p.message().contains("could not be parsed"));
    }

    @Test
    void blocksCrowdedWithUnclosedBracketsAreReadAsText() {
        String text = "# Review\n\n## Links\n\n" + "[a](\n".repeat(2000) + "\n- **Label:** value [ok](https://x)\n";
        Review review = SmallStack.parse(text);
        assertThat(review.problems()).anyMatch(p -> p.line() == 5 && p.message().contains("unmatched brackets"));
        assertThat(review.sections().get(0).entries()).extracting(Entry::label).containsExactly("Label");
    }

    @Test
    void aMatrixWithShortRowsKeepsWhatItHas() {
        String text = "# R\n\n| Area | Weight | Score |\n|---|---|---|\n| A | 60% |\n| B | 40% | 80% | extra |\n";
        Review review = PARSER.parse(Documents.of(text));
        assertThat(review.matrix().rows()).extracting("criterion").containsExactly("A", "B");
        assertThat(review.matrix().rows().get(0).score()).isNull();
        assertThat(review.matrix().computedScore()).isNull();
        assertThat(review.problems()).extracting(Problem::line).containsExactly(5);
    }
}
