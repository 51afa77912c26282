package dev.gonogo.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises UTF-16 without a byte-order mark (what some Windows tools write): ASCII characters then leave a
 * NUL in every other byte, always on the same side of each pair — unlike binary data, whose NULs fall anywhere.
 */
final class Utf16Sniffer {

    /** At least this share of code units must carry a NUL on one side… */
    private static final double MIN_NUL_SHARE = 0.2;
    /** …and at most this share on the other. */
    private static final double MAX_OTHER_SIDE_SHARE = 0.01;

    private Utf16Sniffer() {
    }

    /** The charset the bytes look like (UTF-16LE or UTF-16BE), if they look like one. */
    static Optional<Charset> sniff(byte[] bytes) {
        if (bytes.length < 2 || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
        }
        int units = bytes.length / 2;
        if (oddNuls >= units * MIN_NUL_SHARE && evenNuls <= units * MAX_OTHER_SIDE_SHARE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenNuls >= units * MIN_NUL_SHARE && oddNuls <= units * MAX_OTHER_SIDE_SHARE) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** Decodes {@code bytes[offset..]} strictly in the given UTF-16 form, or returns empty if malformed. */
    static Optional<String> decodeStrictly(byte[] bytes, int offset, Charset utf16) {
        try {
            return Optional.of(utf16.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
