package dev.gonogo.source;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * A single-byte character set held as two lookup tables, so that a text can be decoded and strictly re-encoded
 * in one pass without the JDK's replacement behaviour getting in the way.
 *
 * <p>Bytes the charset leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D in Windows-1252; 0x98 in Windows-1251)
 * decode to the C1 control with the same number, as Windows and many editors do. That is what makes mojibake
 * produced by those tools reversible: the control character still remembers the byte.
 */
final class SingleByteCodec {
    private static final short UNMAPPED = -1;

    private final String label;
    private final String charsetName;
    private final char[] toChar = new char[256];
    private final short[] toByte = new short[Character.MAX_VALUE + 1];

    private SingleByteCodec(String label, Charset charset) {
        this.label = label;
        this.charsetName = charset.name();
        Arrays.fill(toByte, UNMAPPED);
        for (int b = 0; b < 256; b++) {
            char c = new String(new byte[] {(byte) b}, charset).charAt(0);
            char mapped = c == '\uFFFD' ? (char) b : c;
            toChar[b] = mapped;
            toByte[mapped] = (short) b;
        }
    }

    /** A codec for the JDK charset {@code charsetName}; {@code label} is how reports name it. */
    static SingleByteCodec of(String label, String charsetName) {
        return new SingleByteCodec(label, Charset.forName(charsetName));
    }

    /** The human name used in reports, e.g. {@code Mac Roman}. */
    String label() {
        return label;
    }

    /** The canonical charset name, e.g. {@code windows-1251}. */
    String charsetName() {
        return charsetName;
    }

    /** Decodes {@code bytes[from..to)}; never fails, since every byte has a character. */
    String decode(byte[] bytes, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            chars[i - from] = toChar[bytes[i] & 0xFF];
        }
        return new String(chars);
    }

    /** Whether the character has a byte in this charset. */
    boolean canEncode(char c) {
        return toByte[c] != UNMAPPED;
    }

    /** The character's byte in this charset (0–255), or -1 when it has none. */
    int byteOf(char c) {
        return toByte[c];
    }

    /** Encodes {@code text[from..to)} back to the bytes it was decoded from; each character must {@link #canEncode}. */
    byte[] encode(CharSequence text, int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int i = from; i < to; i++) {
            short b = toByte[text.charAt(i)];
            if (b == UNMAPPED) {
                throw new IllegalArgumentException("no byte for U+" + Integer.toHexString(text.charAt(i)));
            }
            bytes[i - from] = (byte) b;
        }
        return bytes;
    }
}
