package dev.gonogo.source;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds control characters that mark a file as binary rather than text. A NUL is never text; a few other
 * C0 controls (a stray ESC or form feed pasted from a terminal) are tolerated, many are not.
 */
final class ControlCharacters {

    /** Stray controls tolerated in any text; more than this and more than 1% of the text means binary. */
    static final int TOLERATED = 8;

    private ControlCharacters() {
    }

    /** Why the text is not text, if it is not: the first NUL, or too many control characters. */
    static Optional<String> problem(String text) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return Optional.of("NUL character at line " + LineNumbers.ofChar(text, nul));
        }
        int count = 0;
        int first = -1;
        char[] chars = text.toCharArray(); // one copy instead of a checked charAt per character
        for (int i = 0; i < chars.length; i++) {
            if (isStray(chars[i])) {
                count++;
                first = first < 0 ? i : first;
            }
        }
        if (count > TOLERATED && count > text.length() / 100) {
            return Optional.of(String.format(Locale.ROOT, "%d control characters, the first (U+%04X) at line %d",
                    count, (int) text.charAt(first), LineNumbers.ofChar(text, first)));
        }
        return Optional.empty();
    }

    /** The byte offset of the first NUL byte at or after {@code from}, or -1. */
    static int firstNulByte(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isStray(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }
}
