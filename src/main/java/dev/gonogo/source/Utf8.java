package dev.gonogo.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding, and a survey of where and how often bytes break UTF-8 when they do. */
final class Utf8 {

    /**
     * How a byte sequence relates to UTF-8.
     *
     * @param multibyteSequences well-formed sequences of two to four bytes (non-ASCII characters) surveyed
     * @param malformedSequences places where the bytes are not UTF-8 (each counted once, however long),
     *                           at most {@link #SURVEYED_MALFORMED}
     * @param firstMalformedOffset byte offset of the first malformed sequence, or -1 when there is none
     */
    record Survey(int multibyteSequences, int malformedSequences, int firstMalformedOffset) {
    }

    /** Enough malformed sequences to tell a damaged UTF-8 file from one in another encoding. */
    static final int SURVEYED_MALFORMED = 10_000;

    private Utf8() {
    }

    /** Decodes {@code bytes[offset..]} as UTF-8, or returns empty if any byte is not part of valid UTF-8. */
    static Optional<String> decodeStrictly(byte[] bytes, int offset) {
        try {
            return Optional.of(strictDecoder().decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Walks the input counting well-formed multibyte characters and malformed sequences, stopping after
     * {@link #SURVEYED_MALFORMED} malformed ones: the proportion is clear by then, and a 50 MB file in another
     * encoding would otherwise cost one decoder call per character.
     */
    static Survey survey(byte[] bytes, int offset) {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        int multibyte = 0;
        int malformed = 0;
        int first = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            multibyte += nonAsciiCharacters(out);
            out.clear();
            if (result.isError()) {
                if (malformed == SURVEYED_MALFORMED) {
                    return new Survey(multibyte, malformed, first);
                }
                malformed++;
                first = first < 0 ? in.position() : first;
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                return new Survey(multibyte, malformed, first);
            }
        }
    }

    private static int nonAsciiCharacters(CharBuffer decoded) {
        int count = 0;
        decoded.flip();
        while (decoded.hasRemaining()) {
            char c = decoded.get();
            // A supplementary character (emoji) is one sequence but two chars: count its high surrogate only.
            if (c >= 0x80 && !Character.isLowSurrogate(c)) {
                count++;
            }
        }
        return count;
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
