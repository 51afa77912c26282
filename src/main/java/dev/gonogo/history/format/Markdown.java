package dev.gonogo.history.format;

import java.util.regex.Pattern;

/** Escapes review text for a GitHub comment, so that a criterion named {@code <img>} or {@code a|b} shows as written. */
final class Markdown {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]|<>~&])");
    private static final Pattern NEWLINES = Pattern.compile("\\s*[\\r\\n]+\\s*");

    private Markdown() {
    }

    /**
     * Backslash-escapes the inline Markdown syntax (emphasis, code, links, HTML, table pipes, entities) and folds
     * line breaks, so the text stays on its line or in its table cell. Block markers ({@code #}, {@code -}) need
     * no escape: escaped text never starts a line.
     */
    static String text(String raw) {
        return SPECIAL.matcher(NEWLINES.matcher(raw).replaceAll(" ")).replaceAll("\\\\$1");
    }
}
