package dev.gonogo.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A set of words or phrases matched case-insensitively as whole words, each mapped to a meaning. Longer phrases
 * win over their prefixes ("In progress" over "In"); a space in a phrase matches any run of white space; an emoji
 * matches with or without its variation selector (U+FE0F). Matching is a direct scan indexed by first character,
 * not a regular expression, because it runs on every element of every document.
 *
 * @param <T> the meaning of a phrase
 */
final class Phrases<T> {

    private static final char VARIATION_SELECTOR = '\uFE0F';
    /** Tables built once (64 Ki entries each, never changed): lookups cost less than Character's per-call work. */
    private static final char[] LOWER = lowerCaseTable();
    private static final boolean[] WORD_CHARS = wordCharTable();

    private final Map<String, T> meanings;
    /** The distinct first characters of the phrases (lower case), sorted for a binary search. */
    private final char[] firstChars;
    /** For each of {@link #firstChars}, the phrases starting with it, longest first. */
    private final List<List<Phrase<T>>> byFirstChar;
    /**
     * The same first characters as a table up to the largest, for the quick test each scanned character gets (an
     * array read: a BitSet call per character cost more under the C1 compiler the launcher uses).
     */
    private final boolean[] startsPhrase;

    /** A phrase in lower case (as chars: compared without String's checked charAt) with its meaning. */
    private record Phrase<T>(char[] key, T meaning) {
    }

    private Phrases(Map<String, T> meanings) {
        this.meanings = meanings;
        // Arrays rather than a Map<Character, …>: the lookup runs for every candidate character of every text, and
        // boxing the character plus hashing cost more than the whole phrase comparison.
        TreeMap<Character, List<Phrase<T>>> grouped = new TreeMap<>();
        meanings.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(key -> grouped.computeIfAbsent(key.charAt(0), c -> new ArrayList<>())
                        .add(new Phrase<>(key.toCharArray(), meanings.get(key))));
        this.firstChars = new char[grouped.size()];
        this.startsPhrase = new boolean[grouped.isEmpty() ? 0 : grouped.lastKey() + 1];
        this.byFirstChar = List.copyOf(grouped.values().stream().map(List::copyOf).toList());
        int i = 0;
        for (char c : grouped.keySet()) {
            firstChars[i++] = c;
            startsPhrase[c] = true;
        }
    }

    /** A match: where the phrase was found, as written, and what it means. */
    record Match<T>(int start, int end, String text, T meaning) {
    }

    static <T> Phrases<T> of(Map<T, ? extends Collection<String>> wordsByMeaning) {
        Map<String, T> meanings = new LinkedHashMap<>();
        wordsByMeaning.forEach((meaning, words) -> words.forEach(w -> {
            String key = key(w);
            if (!key.isEmpty()) {
                meanings.putIfAbsent(key, meaning);
            }
        }));
        return new Phrases<>(meanings);
    }

    static Phrases<Boolean> of(Collection<String> words) {
        return of(Map.of(Boolean.TRUE, words));
    }

    /** The first phrase in {@code text}, if any. */
    Optional<Match<T>> find(String text) {
        return find(text, 0);
    }

    /** The first phrase in {@code text} at or after {@code from}, if any. */
    Optional<Match<T>> find(String text, int from) {
        // One copy of the text instead of a bounds-checked charAt per character and phrase: the scan runs over every
        // text of every document for each of some fifty vocabulary lists.
        char[] chars = text.toCharArray();
        for (int i = Math.max(0, from); i < chars.length; i++) {
            if (startsPhrase(LOWER[chars[i]])) {
                Optional<Match<T>> match = at(chars, text, i);
                if (match.isPresent()) {
                    return match;
                }
            }
        }
        return Optional.empty();
    }

    /** The phrase {@code text} starts with at {@code from}, if any. */
    Optional<Match<T>> at(String text, int from) {
        if (from < 0 || from >= text.length()) {
            return Optional.empty();
        }
        return at(text.toCharArray(), text, from);
    }

    private Optional<Match<T>> at(char[] chars, String text, int from) {
        char first = LOWER[chars[from]];
        if (!startsPhrase(first) || (isWordChar(chars[from]) && from > 0 && isWordChar(chars[from - 1]))) {
            return Optional.empty();
        }
        for (Phrase<T> phrase : byFirstChar.get(Arrays.binarySearch(firstChars, first))) {
            int end = matchEnd(phrase.key(), chars, from);
            if (end > 0) {
                return Optional.of(new Match<>(from, end, text.substring(from, end), phrase.meaning()));
            }
        }
        return Optional.empty();
    }

    boolean foundIn(String text) {
        return find(text).isPresent();
    }

    /** Whether {@code text}, trimmed, is exactly one of the phrases. */
    boolean isWhole(String text) {
        String trimmed = text.strip();
        return at(trimmed, 0).filter(m -> m.end() == trimmed.length()).isPresent();
    }

    /** Where {@code phrase} written at {@code from} ends in {@code text}, or -1 when it is not written there. */
    private static int matchEnd(char[] phrase, char[] text, int from) {
        int t = from;
        for (char expected : phrase) {
            if (expected == ' ') {
                int spaces = t;
                while (t < text.length && isSpace(text[t])) {
                    t++;
                }
                if (t == spaces) {
                    return -1;
                }
                continue;
            }
            while (t < text.length && text[t] == VARIATION_SELECTOR) {
                t++;
            }
            if (t >= text.length || LOWER[text[t]] != expected) {
                return -1;
            }
            t++;
        }
        while (t < text.length && text[t] == VARIATION_SELECTOR) {
            t++;
        }
        boolean wordEnd = isWordChar(phrase[phrase.length - 1]);
        return wordEnd && t < text.length && isWordChar(text[t]) ? -1 : t;
    }

    /**
     * The phrases as a regular expression (for callers that embed them in a larger pattern, compiled
     * case-insensitively): prefix trees, with word boundaries where a phrase begins or ends with a letter or digit.
     */
    String alternation() {
        Map<String, List<String>> byBoundaries = new TreeMap<>();
        for (String phrase : meanings.keySet()) {
            String before = isWordChar(phrase.charAt(0)) ? "(?<![\\p{L}\\p{N}_])" : "";
            String after = isWordChar(phrase.charAt(phrase.length() - 1)) ? "(?![\\p{L}\\p{N}_])" : "";
            byBoundaries.computeIfAbsent(before + "\u0000" + after, k -> new ArrayList<>()).add(phrase);
        }
        List<String> groups = new ArrayList<>();
        byBoundaries.forEach((boundaries, phrases) -> {
            String[] parts = boundaries.split("\u0000", -1);
            groups.add(parts[0] + RegexTrie.of(phrases) + parts[1]);
        });
        return String.join("|", groups);
    }

    private static String key(String phrase) {
        StringBuilder key = new StringBuilder();
        for (char c : phrase.strip().toCharArray()) {
            if (c == VARIATION_SELECTOR) {
                continue;
            }
            if (isSpace(c)) {
                if (key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
                    key.append(' ');
                }
            } else {
                key.append(lower(c));
            }
        }
        return key.toString();
    }

    private static char lower(char c) {
        return LOWER[c];
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }

    /** Letters and digits need word boundaries, except ideographs, which are written without spaces. */
    private static boolean isWordChar(char c) {
        return WORD_CHARS[c];
    }

    /** {@link Character#toLowerCase(char)} of every char, looked up instead of computed in the scan. */
    private static char[] lowerCaseTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = Character.toLowerCase((char) c);
        }
        return table;
    }

    private boolean startsPhrase(char c) {
        return c < startsPhrase.length && startsPhrase[c];
    }

    private static boolean[] wordCharTable() {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean letterOrDigit = Character.isLetterOrDigit(c) || c == '_';
            if (letterOrDigit && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                table[c] = true;
            }
        }
        return table;
    }

    /** Builds a regular expression from words by factoring common prefixes, which Java's engine tries quickly. */
    private static final class RegexTrie {
        private final TreeMap<Integer, RegexTrie> next = new TreeMap<>();
        private boolean terminal;

        static String of(Collection<String> words) {
            RegexTrie root = new RegexTrie();
            words.forEach(root::add);
            return "(?:" + root.regex() + ")";
        }

        private void add(String word) {
            RegexTrie node = this;
            for (int codePoint : word.codePoints().toArray()) {
                node = node.next.computeIfAbsent(codePoint, k -> new RegexTrie());
            }
            node.terminal = true;
        }

        private String regex() {
            List<String> branches = new ArrayList<>();
            next.descendingMap().forEach((c, child) -> branches.add(codePointRegex(c) + child.regex()));
            if (branches.isEmpty()) {
                return "";
            }
            String alternatives = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            return terminal ? "(?:" + alternatives + ")?" : alternatives;
        }

        private static String codePointRegex(int codePoint) {
            if (codePoint == ' ') {
                return "[\\s\\u00A0]+";
            }
            String quoted = Pattern.quote(Character.toString(codePoint));
            return Character.isLetterOrDigit(codePoint) ? quoted : quoted + "\\x{FE0F}?";
        }
    }
}
