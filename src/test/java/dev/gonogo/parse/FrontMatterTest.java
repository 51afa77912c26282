package dev.gonogo.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.gonogo.model.HeaderField;
import dev.gonogo.model.Problem;
import dev.gonogo.model.Review;
import org.junit.jupiter.api.Test;

/** Front matter that is not YAML, that tries to explode, or that holds keys gonogo does not know. */
class FrontMatterTest {

    private static final ReviewParser PARSER = new ReviewParser(Vocabulary.defaults());

    @Test
    void yamlThatDoesNotParseIsOneProblemOnTheLineWhereItBroke() {
        Review review = PARSER.parse(Documents.of("---\nsystem: pay\ntitle: [unclosed\nowner: x\n---\n# Pay 1.0\n"));
        assertThat(review.title()).isEqualTo("Pay 1.0");
        assertThat(review.fields()).isEmpty();
        assertThat(review.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isBetween(3, 5);
            assertThat(problem.message()).startsWith("front matter is not valid YAML: while parsing a flow sequence")
                    .doesNotContain("\n").doesNotContain("^");
        });
    }

    @Test
    void textThatIsNotYamlAtAllIsAProblemNotACrash() {
        Review review = PARSER.parse(Documents.of("---\n\t- : : {{ ]]\n---\n# Pay 1.0\n"));
        assertThat(review.title()).isEqualTo("Pay 1.0");
        assertThat(review.problems()).extracting(Problem::message)
                .singleElement().asString().startsWith("front matter is not valid YAML: ");
    }

    @Test
    void aliasBombIsNotExpanded() {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char name = 'b'; name <= 'j'; name++) {
            String previous = "*" + (char) (name - 1);
            yaml.append(name).append(": &").append(name).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        long start = System.nanoTime();
        Review review = PARSER.parse(Documents.of(yaml + "---\n# Pay 1.0\n"));
        // 9^9 × 7 strings if aliases were expanded; Jackson reads an alias as the anchor's name
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        assertThat(review.fields()).extracting(HeaderField::label).containsExactly("a", "b", "c", "d", "e", "f", "g",
                "h", "i", "j");
        assertThat(review.fields().get(9).value()).isEqualTo("i, i, i, i, i, i, i, i, i");
        assertThat(review.fields().stream().mapToInt(f -> f.value().length()).sum()).isLessThan(1_000);
    }

    @Test
    void unknownKeysAreKeptAsHeaderFieldsAndKnownOnesAreUsed() {
        Review review = PARSER.parse(Documents.of("---\nsystem: pay\nversion: 1.2.3\nmood: sunny\n"
                + "nested: {x: 1}\n---\n# Pay review\n"));
        assertThat(review.system()).isEqualTo("pay");
        assertThat(review.version()).isEqualTo("1.2.3");
        assertThat(review.fields()).extracting(HeaderField::label, HeaderField::value, HeaderField::line)
                .contains(tuple("mood", "sunny", 4), tuple("nested", "{x=1}", 5));
        assertThat(review.problems()).isEmpty();
    }
}
