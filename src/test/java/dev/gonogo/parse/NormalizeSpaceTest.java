package dev.gonogo.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NormalizeSpaceTest {

    @Test
    void runsOfWhiteSpaceBecomeOneSpaceAndTheEndsAreTrimmed() {
        assertThat(InlineText.normalizeSpace("  Stability\t\ttest \u00A0 running\n")).isEqualTo("Stability test running");
        assertThat(InlineText.normalizeSpace("a\u202Fb")).isEqualTo("a b");
        assertThat(InlineText.normalizeSpace("\u2003em\u2003 space\u2003")).isEqualTo("em\u2003 space");
        assertThat(InlineText.normalizeSpace("")).isEmpty();
        assertThat(InlineText.normalizeSpace(" \t ")).isEmpty();
    }

    /** The loop replaced a regex replace; it must give what the regex gave on any text. */
    @Test
    void givesWhatTheRegexGaveOnRandomText() {
        Pattern spaces = Pattern.compile("[\\s\\u00A0\\u202F]+");
        String alphabet = " \t\n\r\u000B\f\u00A0\u202F\u2003\u3000aZя✅\uFE0F";
        Random random = new Random(20260110L);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            assertThat(InlineText.normalizeSpace(input)).as("%s", input.codePoints().boxed().toList())
                    .isEqualTo(spaces.matcher(input).replaceAll(" ").strip());
        }
    }
}
