package dev.gonogo.source;

/**
 * Scores how much a decoded text looks like something a person typed, to choose between candidate decodings.
 *
 * <p>The score counts anomalies that wrong decodings produce and human writing almost never does:
 * <ul>
 *   <li>control characters (C0 other than tab and line breaks, C1), private-use and unassigned code points,
 *       U+FFFD — e.g. the Apple logo U+F8FF that Mac Roman mojibake of an emoji starts with;</li>
 *   <li>a word mixing alphabets (Latin with Cyrillic, Greek, Armenian…) — Windows-1252 bytes read as
 *       Windows-1251 turn {@code Größe} into {@code Grцяe};</li>
 *   <li>a capital letter straight after a small one where either is non-ASCII ({@code РџСЂРѕ}); ASCII
 *       camel case ({@code JavaScript}) is left alone;</li>
 *   <li>a word of four or more letters that are all accented Latin ({@code Ïðîâåðêà}: Russian read as
 *       Windows-1252 — real Latin-script words are mostly ASCII);</li>
 *   <li>a run of non-ASCII characters without spaces that switches between letters and symbols more than
 *       twice ({@code –î–∞—Ç–∞}, {@code Ð°Ñ‚Ð°}); quoted words ({@code «Да»}) switch only twice.</li>
 * </ul>
 * Chinese, Japanese and Korean letters and punctuation, written without spaces, contribute characters but no
 * anomalies.
 */
final class TextPlausibility {

    /**
     * The outcome for one text.
     *
     * @param considered non-ASCII code points plus stray ASCII control characters
     * @param anomalies  anomaly points (a suspicious character weighs 2, an odd word its length)
     */
    record Score(int considered, int anomalies) {
        /** Anomalies per considered character; 0 for pure ASCII text. */
        double rate() {
            return considered == 0 ? 0 : (double) anomalies / considered;
        }
    }

    private TextPlausibility() {
    }

    static Score of(String text) {
        return new Scan().run(text, text.length());
    }

    /** Scores at most the first {@code limit} characters, which is enough to compare candidate decodings. */
    static Score ofSample(String text, int limit) {
        int end = Math.min(text.length(), limit);
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // do not cut an emoji in half
        }
        return new Scan().run(text, end);
    }

    /** One pass over one text; instances are confined to a single call. */
    private static final class Scan {
        private static final int NO_CASE = 0;
        private static final int LOWER = 1;
        private static final int UPPER = 2;

        private int considered;
        private int anomalies;
        private final Word word = new Word();
        private int runLength;
        private int runLetters;
        private int runTransitions;
        private boolean runLastWasLetter;

        Score run(String text, int end) {
            for (int i = 0; i < end; ) {
                int cp = text.codePointAt(i);
                if (cp < 0x80) {
                    acceptAscii(cp);
                } else {
                    acceptNonAscii(cp);
                }
                i += Character.charCount(cp);
            }
            endWord();
            endRun();
            return new Score(considered, anomalies);
        }

        private void acceptAscii(int c) {
            endRun();
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                word.add(c, Character.UnicodeScript.LATIN, false, c <= 'Z' ? UPPER : LOWER);
                return;
            }
            endWord();
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                considered++;
                anomalies += 2;
            }
        }

        private void acceptNonAscii(int cp) {
            considered++;
            int type = Character.getType(cp);
            if (isJoining(type)) {
                return; // combining marks, ZWJ, variation selectors belong to the character before them
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                endWord();
                endRun();
                return;
            }
            if (isSuspect(cp, type)) {
                anomalies += 2;
            }
            boolean letter = Character.isLetter(cp);
            Character.UnicodeScript script = letter ? scriptOf(cp) : Character.UnicodeScript.COMMON;
            if (cp >= 0x1100 && isEastAsian(cp, script)) {
                endRun(); // written without spaces: letter/punctuation alternation is normal there
            } else {
                extendRun(letter);
            }
            if (letter) {
                word.add(cp, script, true, caseOf(cp));
            } else {
                endWord();
            }
        }

        /** {@link Character.UnicodeScript#of} with shortcuts for the blocks mojibake is made of. */
        private static Character.UnicodeScript scriptOf(int letter) {
            if (letter < 0x250) {
                // µ (MICRO SIGN) is a letter of no script.
                return letter != 0xB5 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.COMMON;
            }
            if (letter >= 0x400 && letter < 0x500) {
                return Character.UnicodeScript.CYRILLIC;
            }
            return Character.UnicodeScript.of(letter);
        }

        private static boolean isEastAsian(int cp, Character.UnicodeScript script) {
            if (!Word.isAlphabet(script) && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.INHERITED) {
                return true;
            }
            // CJK Symbols and Punctuation, CJK Compatibility Forms, Halfwidth and Fullwidth Forms
            return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF);
        }

        private void extendRun(boolean letter) {
            if (runLength > 0 && letter != runLastWasLetter) {
                runTransitions++;
            }
            runLastWasLetter = letter;
            runLength++;
            runLetters += letter ? 1 : 0;
        }

        private void endRun() {
            if (runLetters > 0 && runTransitions > 2) {
                anomalies += runLength;
            }
            runLength = 0;
            runLetters = 0;
            runTransitions = 0;
        }

        private void endWord() {
            anomalies += word.anomalies();
            word.reset();
        }

        private static int caseOf(int cp) {
            if (Character.isUpperCase(cp)) {
                return UPPER;
            }
            return Character.isLowerCase(cp) ? LOWER : NO_CASE;
        }

        private static boolean isJoining(int type) {
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
        }

        private static boolean isSuspect(int cp, int type) {
            return cp <= 0x9F || cp == 0xFFFD || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.CONTROL;
        }
    }

    /** The letters of the current word and what is odd about them. */
    private static final class Word {
        private int letters;
        private int nonAsciiLetters;
        private boolean allAccentedLatin = true;
        private Character.UnicodeScript alphabet;
        private boolean mixedAlphabets;
        private int caseBreaks;
        private int previousCase;
        private boolean previousNonAscii;

        void add(int cp, Character.UnicodeScript script, boolean nonAscii, int letterCase) {
            letters++;
            nonAsciiLetters += nonAscii ? 1 : 0;
            allAccentedLatin &= nonAscii && script == Character.UnicodeScript.LATIN;
            if (isAlphabet(script)) {
                mixedAlphabets |= alphabet != null && alphabet != script;
                alphabet = alphabet == null ? script : alphabet;
            }
            if (letterCase == Scan.UPPER && previousCase == Scan.LOWER && (nonAscii || previousNonAscii)) {
                caseBreaks++;
            }
            previousCase = letterCase;
            previousNonAscii = nonAscii;
        }

        int anomalies() {
            int points = caseBreaks;
            if (mixedAlphabets) {
                points += Math.max(1, nonAsciiLetters);
            }
            if (allAccentedLatin && letters >= 4) {
                points += letters;
            }
            return points;
        }

        void reset() {
            letters = 0;
            nonAsciiLetters = 0;
            allAccentedLatin = true;
            alphabet = null;
            mixedAlphabets = false;
            caseBreaks = 0;
            previousCase = 0;
            previousNonAscii = false;
        }

        /** Scripts written with separate words; ideographic and syllabic ones mix freely with Latin in practice. */
        static boolean isAlphabet(Character.UnicodeScript script) {
            switch (script) {
                case COMMON:
                case INHERITED:
                case HAN:
                case HIRAGANA:
                case KATAKANA:
                case HANGUL:
                case BOPOMOFO:
                    return false;
                default:
                    return true;
            }
        }
    }
}
