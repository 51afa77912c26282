package dev.gonogo.fix;

import java.util.Optional;

/** Finds a stated number in the decoded text from its line and column. */
final class TextPositions {

    private TextPositions() {
    }

    /**
     * The index of {@code number} on {@code line}: at the column counted in UTF-16 units, else counted in code
     * points (an emoji before it), else its only standalone occurrence on the line.
     */
    static Optional<Integer> find(String text, int line, int column, String number) {
        int start = lineStart(text, line);
        if (start < 0) {
            return Optional.empty();
        }
        int end = lineEnd(text, start);
        int byUnits = start + column - 1;
        if (column >= 1 && matches(text, byUnits, end, number)) {
            return Optional.of(byUnits);
        }
        if (column >= 1 && column - 1 <= text.codePointCount(start, end)) {
            int byCodePoints = text.offsetByCodePoints(start, column - 1);
            if (matches(text, byCodePoints, end, number)) {
                return Optional.of(byCodePoints);
            }
        }
        return onlyOccurrence(text, start, end, number);
    }

    private static boolean matches(String text, int index, int lineEnd, String number) {
        return index >= 0 && index + number.length() <= lineEnd && text.startsWith(number, index)
                && !isNumberChar(text, index - 1) && !isNumberChar(text, index + number.length());
    }

    private static Optional<Integer> onlyOccurrence(String text, int start, int end, String number) {
        int found = -1;
        for (int i = text.indexOf(number, start); i >= 0 && i + number.length() <= end;
             i = text.indexOf(number, i + 1)) {
            if (matches(text, i, end, number)) {
                if (found >= 0) {
                    return Optional.empty();
                }
                found = i;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(found);
    }

    /** A digit, or a decimal separator followed by a digit: part of a longer number. */
    private static boolean isNumberChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isDigit(c) || ((c == '.' || c == ',') && index + 1 < text.length()
                && Character.isDigit(text.charAt(index + 1)) && index > 0 && Character.isDigit(text.charAt(index - 1)));
    }

    /** Start of a 1-based line; LF, CRLF and a lone CR all end a line. */
    private static int lineStart(String text, int line) {
        int index = 0;
        for (int current = 1; current < line; current++) {
            int end = lineEnd(text, index);
            if (end >= text.length()) {
                return -1;
            }
            index = end + (text.startsWith("\r\n", end) ? 2 : 1);
        }
        return index;
    }

    private static int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }
}
