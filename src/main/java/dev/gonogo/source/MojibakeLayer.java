package dev.gonogo.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Undoes one suspected misreading of UTF-8 over a whole text: each stretch of characters the suspect charset
 * holds is re-encoded and the bytes decoded as UTF-8.
 *
 * <p>Characters the charset holds no byte for — Cyrillic or emoji typed after the damage — are kept as they
 * are. So are the few spots whose bytes are not UTF-8 (a byte changed or lost since the damage), as long as
 * there is at most one per {@value #REPAIRED_PER_UNREPAIRABLE} repaired characters; clean text, where every
 * accented letter is such a spot, is given up after a handful. Each instance serves one call.
 */
final class MojibakeLayer {

    /** At most one unrepairable spot per this many repaired characters. */
    static final int REPAIRED_PER_UNREPAIRABLE = 20;

    /** Spots tolerated before the proportion is checked, so one bad spot early in a file does not stop the repair. */
    private static final int TOLERATED_EARLY = 8;

    /**
     * A layer undone.
     *
     * @param text         the text with the layer undone
     * @param repaired     characters restored from two to four mojibake characters each
     * @param unrepairable spots left as they were because their bytes are not UTF-8
     */
    record Undone(String text, int repaired, int unrepairable) {
    }

    private final SingleByteCodec suspect;
    private final String text;
    private final StringBuilder out;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int repaired;
    private int unrepairable;

    private MojibakeLayer(SingleByteCodec suspect, String text) {
        this.suspect = suspect;
        this.text = text;
        this.out = new StringBuilder(text.length());
    }

    /** The text with the misreading as {@code suspect} undone, or empty if it does not look misread that way. */
    static Optional<Undone> undo(SingleByteCodec suspect, String text) {
        return new MojibakeLayer(suspect, text).run();
    }

    private Optional<Undone> run() {
        char[] chars = text.toCharArray(); // one copy instead of a checked charAt per character
        if (!holdsMultiByteSequence(chars)) {
            return Optional.empty(); // nothing would be repaired: clean text costs one scan, not a copy
        }
        int start = 0;
        while (start < chars.length) {
            int end = start;
            boolean nonAscii = false;
            while (end < chars.length && suspect.canEncode(chars[end])) {
                nonAscii |= chars[end] >= 0x80;
                end++;
            }
            if (nonAscii && !undoStretch(start, end)) {
                return Optional.empty();
            } else if (!nonAscii) {
                out.append(chars, start, end - start);
            }
            start = end;
            while (start < chars.length && !suspect.canEncode(chars[start])) {
                start++;
            }
            out.append(chars, end, start - end);
        }
        boolean plausible = repaired > 0 && unrepairable * REPAIRED_PER_UNREPAIRABLE <= repaired;
        return plausible ? Optional.of(new Undone(out.toString(), repaired, unrepairable)) : Optional.empty();
    }

    /**
     * Whether two neighbours re-encode as a UTF-8 lead byte and a continuation byte: without such a pair no
     * stretch decodes to a single non-ASCII character, so the layer would repair nothing.
     */
    private boolean holdsMultiByteSequence(char[] chars) {
        for (int i = 0; i + 1 < chars.length; i++) {
            int lead = suspect.byteOf(chars[i]);
            if (lead >= 0xC2 && lead <= 0xF4) {
                int next = suspect.byteOf(chars[i + 1]);
                if (next >= 0x80 && next <= 0xBF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Decodes one stretch, keeping the original characters where the bytes are not UTF-8; false to give up. */
    private boolean undoStretch(int start, int end) {
        ByteBuffer bytes = ByteBuffer.wrap(suspect.encode(text, start, end));
        // One byte per original character, and UTF-8 never yields more characters than bytes: this always fits.
        CharBuffer decoded = CharBuffer.allocate(end - start);
        utf8.reset();
        while (true) {
            int before = decoded.position();
            CoderResult result = utf8.decode(bytes, decoded, true);
            repaired += nonAsciiCharacters(decoded, before);
            if (result.isUnderflow()) {
                break;
            }
            if (!result.isError() || tooDamaged(++unrepairable)) {
                return false;
            }
            int at = bytes.position();
            decoded.append(text, start + at, start + at + result.length());
            bytes.position(at + result.length());
        }
        decoded.flip();
        out.append(decoded);
        return true;
    }

    private boolean tooDamaged(int spots) {
        return spots > TOLERATED_EARLY && spots * REPAIRED_PER_UNREPAIRABLE > repaired;
    }

    private static int nonAsciiCharacters(CharBuffer decoded, int from) {
        int count = 0;
        for (int i = from; i < decoded.position(); i++) {
            char c = decoded.get(i);
            // An emoji is one restored character but two chars: count its high surrogate only.
            if (c >= 0x80 && !Character.isLowSurrogate(c)) {
                count++;
            }
        }
        return count;
    }
}
