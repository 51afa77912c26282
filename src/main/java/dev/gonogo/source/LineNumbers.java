package dev.gonogo.source;

/** 1-based line numbers of a position, for error messages; line breaks counted as {@link LineEndings} does. */
final class LineNumbers {
    private LineNumbers() {
    }

    /** The line holding byte {@code offset} of an ASCII-compatible encoding (UTF-8, single-byte code pages). */
    static int ofByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** The line holding character {@code index} of a decoded text. */
    static int ofChar(CharSequence text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
