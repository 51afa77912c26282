package dev.gonogo.fix;

import dev.gonogo.model.SourceInfo;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds where a character of the decoded text stands in the file's bytes, without re-encoding the file.
 *
 * <p>Every encoding gonogo reads except UTF-16 is ASCII-compatible: an ASCII character is one byte of the same
 * value, and every other character is bytes ≥ 0x80. Mojibake keeps that too — each layer of damage turns bytes
 * ≥ 0x80 into characters that encode to bytes ≥ 0x80 and leaves ASCII alone. So the n-th ASCII character of the
 * decoded text is the n-th ASCII byte of the file, whatever the damage, and an ASCII replacement (a number)
 * is its own encoding in every such file: re-applying the file's transform to it changes nothing.
 * UTF-16 text is two bytes per {@code char} after the byte-order mark.
 */
final class ByteLocator {

    private final SourceInfo source;
    private final byte[] bytes;
    private final String text;

    ByteLocator(SourceInfo source, byte[] bytes, String text) {
        this.source = source;
        this.bytes = bytes;
        this.text = text;
    }

    /** The byte offset of {@code text.charAt(charIndex)}, when it can be found. */
    Optional<Integer> offsetOf(int charIndex) {
        return utf16().map(charset -> Optional.of((source.bom() ? 2 : 0) + 2 * charIndex))
                .orElseGet(() -> asciiOffset(charIndex));
    }

    /** The bytes {@code replacement} takes in this file. */
    byte[] encode(String replacement) {
        return replacement.getBytes(utf16().orElse(StandardCharsets.US_ASCII));
    }

    /** How many bytes {@code original} takes in this file (it is ASCII, or UTF-16). */
    int lengthOf(String original) {
        return encode(original).length;
    }

    private Optional<Integer> asciiOffset(int charIndex) {
        int asciiBefore = 0;
        for (int i = 0; i < charIndex; i++) {
            if (text.charAt(i) < 0x80) {
                asciiBefore++;
            }
        }
        int seen = 0;
        for (int offset = 0; offset < bytes.length; offset++) {
            if ((bytes[offset] & 0xFF) < 0x80) {
                if (seen == asciiBefore) {
                    return Optional.of(offset);
                }
                seen++;
            }
        }
        return Optional.empty();
    }

    private Optional<Charset> utf16() {
        return switch (source.encoding()) {
            case "UTF-16LE" -> Optional.of(StandardCharsets.UTF_16LE);
            case "UTF-16BE" -> Optional.of(StandardCharsets.UTF_16BE);
            default -> Optional.empty();
        };
    }
}
