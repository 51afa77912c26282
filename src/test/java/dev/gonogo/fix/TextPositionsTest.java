package dev.gonogo.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPositionsTest {

    @Test
    void findsTheNumberByColumnInCodeUnitsOrCodePoints() {
        String text = "line one\r\n| 🚀 Total | 83.5% |\nlast";
        int expected = text.indexOf("83.5");

        assertThat(TextPositions.find(text, 2, 14, "83.5")).contains(expected);  // counted in UTF-16 units
        assertThat(TextPositions.find(text, 2, 13, "83.5")).contains(expected);  // counted in code points
    }

    @Test
    void fallsBackToTheOnlyStandaloneOccurrenceOnTheLine() {
        String text = "a\n183.5 and 83.5 and 83.55\n";

        assertThat(TextPositions.find(text, 2, 1, "83.5")).contains(text.indexOf(" 83.5 ") + 1);
    }

    @Test
    void findsNothingWhenTheNumberIsAmbiguousOrAbsent() {
        assertThat(TextPositions.find("x\n83.5 or 83.5\n", 2, 4, "83.5")).isEmpty();
        assertThat(TextPositions.find("x\n84\n", 2, 1, "83.5")).isEmpty();
        assertThat(TextPositions.find("x\n", 7, 1, "83.5")).isEmpty();
    }

    @Test
    void aLoneCarriageReturnEndsALine() {
        String text = "a\rb 83.5\rc";

        assertThat(TextPositions.find(text, 2, 3, "83.5")).contains(4);
    }
}
