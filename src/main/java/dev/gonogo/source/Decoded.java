package dev.gonogo.source;

import java.util.Objects;

/**
 * Text decoded from bytes, and how.
 *
 * @param text     the text, byte-order mark removed
 * @param encoding what was detected and repaired, in the vocabulary of {@link SourceReader}
 * @param bom      whether the bytes started with a byte-order mark
 * @param repaired whether mojibake was undone
 */
record Decoded(String text, String encoding, boolean bom, boolean repaired) {
    Decoded {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
    }
}
