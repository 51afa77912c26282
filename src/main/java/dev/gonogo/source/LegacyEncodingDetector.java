package dev.gonogo.source;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recognises text saved in a single-byte code page rather than UTF-8: Windows-1251 or KOI8-R (Russian) and
 * Windows-1252 (Western European, a superset of Latin-1 in practice).
 *
 * <p>Every byte sequence decodes in every single-byte charset, so "it is not UTF-8" proves nothing. Each
 * candidate decoding is scored instead: the anomaly rate of {@link TextPlausibility} plus, when the result is
 * Cyrillic, how far its letter distribution is from Russian ({@link CyrillicLetterFrequency}). The lowest
 * score wins if it is low enough to be text someone wrote.
 */
final class LegacyEncodingDetector {

    /** A decoding scoring above this is not accepted: the bytes are not text in any of the candidates. */
    static final double MAX_BADNESS = 0.25;

    /** How much a Russian-unlike letter distribution counts against a Cyrillic decoding. */
    private static final double FREQUENCY_WEIGHT = 0.5;

    /** Windows-1252 first: where decodings tie, the text only holds characters the code pages share. */
    private static final List<SingleByteCodec> CANDIDATES = List.of(
            SingleByteCodec.of("Windows-1252", "windows-1252"),
            SingleByteCodec.of("Windows-1251", "windows-1251"),
            SingleByteCodec.of("KOI8-R", "KOI8-R"));

    /**
     * A chosen decoding.
     *
     * @param charsetName the canonical charset name, e.g. {@code windows-1251}
     * @param text        the decoded text
     * @param badness     its score; lower is more plausible
     */
    record Detection(String charsetName, String text, double badness) {
    }

    /** Names of the candidates, for messages. */
    static String candidateNames() {
        return CANDIDATES.stream().map(SingleByteCodec::label).collect(Collectors.joining(", "));
    }

    /** The most plausible decoding of {@code bytes[offset..]}, if any is plausible at all. */
    Optional<Detection> detect(byte[] bytes, int offset) {
        Detection best = null;
        for (SingleByteCodec candidate : CANDIDATES) {
            String text = candidate.decode(bytes, offset);
            Detection detection = new Detection(candidate.charsetName(), text, badness(text));
            if (best == null || detection.badness() < best.badness()) {
                best = detection;
            }
        }
        return best.badness() <= MAX_BADNESS ? Optional.of(best) : Optional.empty();
    }

    static double badness(String text) {
        double rate = TextPlausibility.of(text).rate();
        CyrillicLetterFrequency.Comparison russian = CyrillicLetterFrequency.compare(text);
        return russian.meaningful() ? rate + (1 - russian.similarity()) * FREQUENCY_WEIGHT : rate;
    }
}
