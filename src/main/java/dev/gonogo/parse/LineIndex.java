package dev.gonogo.parse;

import java.util.Arrays;

/**
 * Maps character offsets of a text to 1-based lines and columns, and gives a line's text. Lines end at LF, CRLF
 * or a lone CR, as in CommonMark; columns count UTF-16 characters (as Java strings and SARIF do).
 */
final class LineIndex {

    private final String text;
    private final int[] starts;

    LineIndex(String text) {
        this.text = text;
        int[] found = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (end && i + 1 <= text.length()) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
    }

    /** Number of lines; a final line terminator does not open another line. */
    int lineCount() {
        return starts.length > 1 && starts[starts.length - 1] == text.length() ? starts.length - 1 : starts.length;
    }

    /** 1-based line of a character offset. */
    int lineOf(int offset) {
        int index = Arrays.binarySearch(starts, Math.max(0, Math.min(offset, text.length())));
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** 1-based column of a character offset on its line. */
    int columnOf(int offset) {
        return offset - starts[lineOf(offset) - 1] + 1;
    }

    /** Offset where a 1-based line starts. */
    int startOf(int line) {
        return starts[Math.max(0, Math.min(line, starts.length) - 1)];
    }

    /** The text of a 1-based line, without its terminator; empty beyond the last line. */
    String line(int line) {
        if (line < 1 || line > starts.length) {
            return "";
        }
        int start = starts[line - 1];
        int end = line < starts.length ? starts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }
}
