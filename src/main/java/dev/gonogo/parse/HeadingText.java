package dev.gonogo.parse;

import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A heading's title and status mark: {@code ## ✅ Completed Tests} is "Completed Tests" with ✅,
 * {@code ### 3. Stability Test ⏳} is "3. Stability Test" with ⏳. Decorative emoji (📊 📈 🎯 …) are dropped
 * from the title and are not statuses.
 */
record HeadingText(String title, Status status) {

    /** Pictographs and dingbats (not letters, digits, arrows or ordinary punctuation), with their modifiers. */
    private static final Pattern DECORATION = Pattern.compile(
            "[\\x{1F000}-\\x{1FAFF}\\x{2300}-\\x{23FF}\\x{2460}-\\x{24FF}\\x{25A0}-\\x{27BF}\\x{2B00}-\\x{2BFF}"
                    + "\\x{FE0F}\\x{200D}\\x{20E3}\\x{E0020}-\\x{E007F}]+");
    private static final Pattern SHORTCODE = Pattern.compile(":[a-z0-9_+\\-]+:");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s\\-–—:|•·]+|[\\s\\-–—:|•·]+$");

    static HeadingText read(String text, Vocabulary vocabulary) {
        Optional<Phrases.Match<State>> mark = vocabulary.firstMark(text);
        Status status = mark.map(m -> Status.of(m.text(), m.meaning())).orElse(Status.NONE);
        return new HeadingText(cleanTitle(text), status);
    }

    /** The text without status marks, decorative emoji and shortcodes, white space collapsed. */
    static String cleanTitle(String text) {
        String withoutSymbols = DECORATION.matcher(SHORTCODE.matcher(text).replaceAll(" ")).replaceAll(" ");
        String stripped = withoutSymbols.replace("✓", " ").replace("✗", " ");
        return EDGE_PUNCTUATION.matcher(InlineText.normalizeSpace(stripped)).replaceAll("");
    }

    /** The same title, its status dropped: a risk-level heading's mark is a level, not a status. */
    HeadingText withoutStatus() {
        return new HeadingText(title, Status.NONE);
    }
}
