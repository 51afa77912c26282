package dev.gonogo.report;

/** Makes review text safe for XML 1.0, which cannot hold most control characters even escaped. */
final class XmlText {
    private static final int REPLACEMENT = 0xFFFD;

    private XmlText() {
    }

    /** Replaces every character XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF) with U+FFFD. */
    static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(allowed(c) ? c : REPLACEMENT));
        return clean.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
