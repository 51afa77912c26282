package dev.gonogo.fix;

import java.util.Objects;

/**
 * One replacement of a stated number.
 *
 * @param line       1-based line
 * @param column     1-based column (characters) where the number starts
 * @param oldText    the number as written
 * @param newText    what replaces it
 * @param charIndex  where the number starts in the decoded text
 * @param byteOffset where its bytes start in the file
 * @param byteLength how many bytes it takes in the file
 */
public record Edit(int line, int column, String oldText, String newText, int charIndex, int byteOffset,
                   int byteLength) {
    public Edit {
        Objects.requireNonNull(oldText, "oldText");
        Objects.requireNonNull(newText, "newText");
    }
}
