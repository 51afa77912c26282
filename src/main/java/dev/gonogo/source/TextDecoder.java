package dev.gonogo.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the bytes of a file into text: byte-order mark, UTF-16, strict UTF-8 (plus mojibake repair), then
 * single-byte code pages; anything else is an {@link InputException}. Stateless, so safe to share.
 *
 * <p>Clean UTF-8 — nearly every file — costs one validating decode and, when the text is not pure ASCII, a
 * mojibake check per suspect charset that stops at the first typographic character or accented letter
 * that does not re-encode to UTF-8.
 */
final class TextDecoder {
    private static final String UTF_8 = "UTF-8";

    private final MojibakeRepairer repairer = new MojibakeRepairer();
    private final LegacyEncodingDetector legacy = new LegacyEncodingDetector();

    /** Decodes the bytes; {@code path} only names the file in error messages. */
    Decoded decode(byte[] bytes, String path) {
        if (bytes.length == 0) {
            return new Decoded("", UTF_8, false, false);
        }
        Optional<BinarySignature> binary = BinarySignature.of(bytes);
        if (binary.isPresent()) {
            throw notText(path, "looks like " + binary.get().description());
        }
        Optional<ByteOrderMark> bom = ByteOrderMark.at(bytes);
        Decoded decoded = bom.isPresent() && bom.get() != ByteOrderMark.UTF_8
                ? utf16WithBom(bytes, bom.get(), path)
                : decodeAsciiCompatible(bytes, bom.isPresent(), path);
        Optional<String> problem = ControlCharacters.problem(decoded.text());
        if (problem.isPresent()) {
            throw notText(path, problem.get());
        }
        return decoded;
    }

    private Decoded decodeAsciiCompatible(byte[] bytes, boolean bom, String path) {
        int offset = bom ? ByteOrderMark.UTF_8.length() : 0;
        int nul = ControlCharacters.firstNulByte(bytes, offset);
        if (nul >= 0) {
            return utf16WithoutBom(bytes, nul, path);
        }
        Optional<String> utf8 = Utf8.decodeStrictly(bytes, offset);
        return utf8.isPresent() ? repaired(utf8.get(), bom) : legacy(bytes, offset, bom, path);
    }

    private Decoded repaired(String text, boolean bom) {
        MojibakeRepairer.Repair repair = repairer.repair(stripBom(text));
        if (!repair.repaired()) {
            return new Decoded(repair.text(), UTF_8, bom, false);
        }
        // The damaged file may have carried a BOM of its own, turned into characters by the misreading.
        return new Decoded(stripBom(repair.text()), UTF_8 + " (repaired: " + repair.description() + ")", bom, true);
    }

    private Decoded legacy(byte[] bytes, int offset, boolean bom, String path) {
        Utf8.Survey survey = Utf8.survey(bytes, offset);
        if (survey.multibyteSequences() >= survey.malformedSequences()) {
            throw damagedUtf8(bytes, survey, path);
        }
        Optional<LegacyEncodingDetector.Detection> detected = legacy.detect(bytes, offset);
        if (detected.isPresent()) {
            return new Decoded(detected.get().text(), detected.get().charsetName(), bom, false);
        }
        // Say "binary" rather than "unknown encoding" when control bytes show it; they read alike in any code page.
        Optional<String> binary = ControlCharacters.problem(
                new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1));
        if (binary.isPresent()) {
            throw notText(path, binary.get());
        }
        int bad = survey.firstMalformedOffset();
        throw new InputException(String.format(Locale.ROOT,
                "%s: unknown encoding: not UTF-8 (byte 0x%02X at line %d, offset %d) and not plausible as %s;"
                        + " re-save the file as UTF-8",
                path, bytes[bad] & 0xFF, LineNumbers.ofByte(bytes, bad), bad, LegacyEncodingDetector.candidateNames()));
    }

    /** UTF-8 with a few bad bytes: decoding it any other way would garble the rest, so the author must fix it. */
    private static InputException damagedUtf8(byte[] bytes, Utf8.Survey survey, String path) {
        int bad = survey.firstMalformedOffset();
        int count = survey.malformedSequences();
        return new InputException(String.format(Locale.ROOT,
                "%s: invalid UTF-8 at line %d: byte 0x%02X (offset %d) in a file that is otherwise UTF-8"
                        + " (%s bad sequence%s); re-save the file as UTF-8",
                path, LineNumbers.ofByte(bytes, bad), bytes[bad] & 0xFF, bad,
                count >= Utf8.SURVEYED_MALFORMED ? "at least " + count : String.valueOf(count), count == 1 ? "" : "s"));
    }

    private static Decoded utf16WithBom(byte[] bytes, ByteOrderMark bom, String path) {
        String text = Utf16Sniffer.decodeStrictly(bytes, bom.length(), bom.charset())
                .orElseThrow(() -> notText(path, "starts with a " + bom.charset().name()
                        + " byte-order mark but is not valid " + bom.charset().name()));
        return new Decoded(stripBom(text), bom.charset().name(), true, false);
    }

    private static Decoded utf16WithoutBom(byte[] bytes, int firstNul, String path) {
        Optional<Charset> utf16 = Utf16Sniffer.sniff(bytes);
        Optional<String> text = utf16.flatMap(charset -> Utf16Sniffer.decodeStrictly(bytes, 0, charset))
                .filter(decoded -> TextPlausibility.of(decoded).rate() <= LegacyEncodingDetector.MAX_BADNESS);
        if (text.isEmpty()) {
            throw notText(path, String.format(Locale.ROOT, "NUL byte at line %d (offset %d)",
                    LineNumbers.ofByte(bytes, firstNul), firstNul));
        }
        return new Decoded(text.get(), utf16.get().name(), false, false);
    }

    private static String stripBom(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\uFEFF') {
            start++;
        }
        return text.substring(start);
    }

    private static InputException notText(String path, String why) {
        return new InputException(path + ": not a text file: " + why);
    }
}
