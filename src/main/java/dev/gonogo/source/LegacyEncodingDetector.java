package dev.gonogo.source;

import java.util.List;
import java.util.Optional;

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

    /** Candidates are compared on this much text: plenty to judge, and a 50 MB file is decoded only once. */
    static final int SAMPLE_BYTES = 1 << 20;

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

    /** Names of the candidates, for messages: {@code Windows-1252, Windows-1251 or KOI8-R}. */
    static String candidateNames() {
        List<String> labels = CANDIDATES.stream().map(SingleByteCodec::label).toList();
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }

    /** The most plausible decoding of {@code bytes[offset..]}, if any is plausible at all. */
    Optional<Detection> detect(byte[] bytes, int offset) {
        int from = sampleStart(bytes, offset);
        int to = (int) Math.min(bytes.length, (long) from + SAMPLE_BYTES);
        SingleByteCodec best = null;
        double bestBadness = Double.MAX_VALUE;
        for (SingleByteCodec candidate : CANDIDATES) {
            double badness = badness(candidate.decode(bytes, from, to));
            if (badness < bestBadness) {
                best = candidate;
                bestBadness = badness;
            }
        }
        return bestBadness <= MAX_BADNESS
                ? Optional.of(new Detection(best.charsetName(), best.decode(bytes, offset, bytes.length), bestBadness))
                : Optional.empty();
    }

    /** The sample starts at the line of the first non-ASCII byte, where the candidates differ. */
    private static int sampleStart(byte[] bytes, int offset) {
        int first = offset;
        while (first < bytes.length && bytes[first] >= 0) {
            first++;
        }
        int lineStart = first;
        while (lineStart > offset && bytes[lineStart - 1] != '\n' && first - lineStart < 256) {
            lineStart--;
        }
        return lineStart;
    }

    static double badness(String text) {
        double rate = TextPlausibility.of(text).rate();
        CyrillicLetterFrequency.Comparison russian = CyrillicLetterFrequency.compare(text);
        return russian.meaningful() ? rate + (1 - russian.similarity()) * FREQUENCY_WEIGHT : rate;
    }
}
