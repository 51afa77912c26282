package dev.gonogo.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Undoes mojibake: UTF-8 text that a tool decoded with a single-byte charset (Mac Roman, Windows-1252,
 * Latin-1, Windows-1251) and saved again as UTF-8, so that every non-ASCII character became two to four
 * wrong ones ({@code Дата} → {@code –î–∞—Ç–∞}).
 *
 * <p>A layer is undone only when the text re-encodes in the suspected charset (characters it has no byte
 * for, typed after the damage, are kept as they are), those bytes are strictly valid UTF-8, and the result
 * is more plausible ({@link TextPlausibility}: a lower anomaly rate) — or as plausible while repairing at
 * least two characters; a single repairable pair is too little evidence. Clean text fails at its first
 * typographic character or accented letter: alone, it is not the start of a UTF-8 sequence. Layers are
 * undone repeatedly, for files damaged more than once.
 */
final class MojibakeRepairer {

    /** More layers than this is not mojibake that anyone would still recognise. */
    static final int MAX_LAYERS = 3;

    /** Plausibility is compared on this many characters: enough to judge, cheap on a 50 MB file. */
    static final int SAMPLE_CHARS = 1 << 18;

    /** In order of preference when two charsets give equally plausible repairs. */
    private static final List<SingleByteCodec> SUSPECTS = List.of(
            SingleByteCodec.of("Mac Roman", "x-MacRoman"),
            SingleByteCodec.of("Windows-1252", "windows-1252"),
            SingleByteCodec.of("Latin-1", "ISO-8859-1"),
            SingleByteCodec.of("Windows-1251", "windows-1251"));

    /**
     * The outcome of a repair.
     *
     * @param text   the repaired text (the input itself when nothing was undone)
     * @param layers the charsets whose misreading was undone, outermost first
     */
    record Repair(String text, List<String> layers) {
        Repair {
            layers = List.copyOf(layers);
        }

        boolean repaired() {
            return !layers.isEmpty();
        }

        /** E.g. {@code Mac Roman mojibake} or {@code Windows-1252 mojibake ×2, then Mac Roman mojibake}. */
        String description() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < layers.size(); ) {
                int same = 1;
                while (i + same < layers.size() && layers.get(i + same).equals(layers.get(i))) {
                    same++;
                }
                parts.add(layers.get(i) + " mojibake" + (same > 1 ? " ×" + same : ""));
                i += same;
            }
            return String.join(", then ", parts);
        }
    }

    private record Candidate(String label, String text, TextPlausibility.Score score) {
    }

    /** Repairs as many layers as convincingly apply; pure ASCII comes back untouched at once. */
    Repair repair(String text) {
        String current = text;
        List<String> layers = new ArrayList<>();
        while (layers.size() < MAX_LAYERS && !isAscii(current)) {
            Optional<Candidate> undone = undoOneLayer(current);
            if (undone.isEmpty()) {
                break;
            }
            current = undone.get().text();
            layers.add(undone.get().label());
        }
        return new Repair(current, layers);
    }

    private static Optional<Candidate> undoOneLayer(String text) {
        TextPlausibility.Score before = null;
        Candidate best = null;
        for (SingleByteCodec suspect : SUSPECTS) {
            Optional<String> undone = undo(suspect, text);
            if (undone.isEmpty()) {
                continue;
            }
            before = before == null ? TextPlausibility.ofSample(text, SAMPLE_CHARS) : before;
            Candidate candidate = new Candidate(suspect.label(), undone.get(),
                    TextPlausibility.ofSample(undone.get(), SAMPLE_CHARS));
            boolean convincing = convinces(text, before, candidate);
            if (convincing && (best == null || candidate.score().rate() < best.score().rate())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Re-encodes each stretch of characters the suspect charset holds and decodes those bytes strictly as UTF-8.
     * Characters it cannot hold — Cyrillic typed after the damage, an emoji — are kept as they are, so a damaged
     * file that was edited since is repaired too. Empty when a stretch is not UTF-8, or nothing changed.
     */
    private static Optional<String> undo(SingleByteCodec suspect, String text) {
        StringBuilder undone = new StringBuilder(text.length());
        boolean changed = false;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            boolean nonAscii = false;
            while (end < text.length() && suspect.canEncode(text.charAt(end))) {
                nonAscii |= text.charAt(end) >= 0x80;
                end++;
            }
            if (nonAscii) {
                Optional<String> decoded = Utf8.decodeStrictly(suspect.encode(text, start, end), 0);
                if (decoded.isEmpty()) {
                    return Optional.empty();
                }
                undone.append(decoded.get());
                changed = true;
            } else {
                undone.append(text, start, end);
            }
            start = end;
            while (start < text.length() && !suspect.canEncode(text.charAt(start))) {
                undone.append(text.charAt(start++));
            }
        }
        return changed ? Optional.of(undone.toString()) : Optional.empty();
    }

    private static boolean convinces(String text, TextPlausibility.Score before, Candidate candidate) {
        double after = candidate.score().rate();
        int charactersRepaired = text.length() - candidate.text().length();
        return after < before.rate() || (after == before.rate() && charactersRepaired >= 2);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
