package dev.gonogo.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Undoes mojibake: UTF-8 text that a tool decoded with a single-byte charset (Mac Roman, Windows-1252,
 * Latin-1, Windows-1251) and saved again as UTF-8, so that every non-ASCII character became two to four
 * wrong ones ({@code Дата} → {@code –î–∞—Ç–∞}).
 *
 * <p>A layer is undone ({@link MojibakeLayer}) when the text re-encodes in the suspected charset and those
 * bytes are UTF-8 — apart from characters the charset cannot hold, typed after the damage, and a rare spot
 * changed since — and the result is more plausible ({@link TextPlausibility}: a lower anomaly rate), or as
 * plausible while cleanly restoring at least two characters: a single repairable pair is too little evidence.
 * Layers are undone repeatedly, for files damaged more than once.
 */
final class MojibakeRepairer {

    /** More layers than this is not mojibake that anyone would still recognise. */
    static final int MAX_LAYERS = 3;

    /** A layer must restore at least this many characters: one pair such as {@code Ã©} is too little evidence. */
    static final int MIN_REPAIRED = 2;

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
     * @param unrepairable spots left as they were because their bytes were not UTF-8 (see {@link MojibakeLayer})
     */
    record Repair(String text, List<String> layers, int unrepairable) {
        Repair {
            layers = List.copyOf(layers);
        }

        boolean repaired() {
            return !layers.isEmpty();
        }

        /**
         * E.g. {@code Mac Roman mojibake}, {@code Windows-1252 mojibake ×2, then Mac Roman mojibake} or
         * {@code Mac Roman mojibake; 1 spot could not be repaired}.
         */
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
            String spots = unrepairable == 0 ? ""
                    : "; " + unrepairable + (unrepairable == 1 ? " spot" : " spots") + " could not be repaired";
            return String.join(", then ", parts) + spots;
        }
    }

    private record Candidate(String label, MojibakeLayer.Undone undone, TextPlausibility.Score score) {
    }

    /** Repairs as many layers as convincingly apply; pure ASCII comes back untouched at once. */
    Repair repair(String text) {
        String current = text;
        List<String> layers = new ArrayList<>();
        int unrepairable = 0;
        while (layers.size() < MAX_LAYERS && !isAscii(current)) {
            Optional<Candidate> layer = undoOneLayer(current);
            if (layer.isEmpty()) {
                break;
            }
            current = layer.get().undone().text();
            unrepairable += layer.get().undone().unrepairable();
            layers.add(layer.get().label());
        }
        return new Repair(current, layers, unrepairable);
    }

    private static Optional<Candidate> undoOneLayer(String text) {
        TextPlausibility.Score before = null;
        Candidate best = null;
        for (SingleByteCodec suspect : SUSPECTS) {
            Optional<MojibakeLayer.Undone> undone = MojibakeLayer.undo(suspect, text);
            if (undone.isEmpty()) {
                continue;
            }
            before = before == null ? TextPlausibility.ofSample(text, SAMPLE_CHARS) : before;
            Candidate candidate = new Candidate(suspect.label(), undone.get(),
                    TextPlausibility.ofSample(undone.get().text(), SAMPLE_CHARS));
            boolean convincing = convinces(before, candidate);
            if (convincing && (best == null || candidate.score().rate() < best.score().rate())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean convinces(TextPlausibility.Score before, Candidate candidate) {
        double after = candidate.score().rate();
        boolean clean = candidate.undone().unrepairable() == 0;
        return candidate.undone().repaired() >= MIN_REPAIRED
                && (after < before.rate() || (after == before.rate() && clean));
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
