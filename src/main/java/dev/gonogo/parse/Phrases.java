package dev.gonogo.parse;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A set of words or phrases matched case-insensitively as whole words, each mapped to a meaning. Longer phrases
 * win over their prefixes ("In progress" over "In"); an emoji matches with or without its variation selector.
 *
 * @param <T> the meaning of a phrase
 */
final class Phrases<T> {

    private static final String VARIATION_SELECTOR = "\uFE0F";

    private final Pattern pattern;
    private final Map<String, T> meanings;

    private Phrases(Pattern pattern, Map<String, T> meanings) {
        this.pattern = pattern;
        this.meanings = meanings;
    }

    /** A match: where the phrase was found, as written, and what it means. */
    record Match<T>(int start, int end, String text, T meaning) {
    }

    static <T> Phrases<T> of(Map<T, ? extends Collection<String>> wordsByMeaning) {
        Map<String, T> meanings = new LinkedHashMap<>();
        wordsByMeaning.forEach((meaning, words) -> words.forEach(w -> meanings.putIfAbsent(key(w), meaning)));
        List<String> sorted = meanings.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        String alternatives = sorted.stream().map(Phrases::regex).collect(Collectors.joining("|"));
        Pattern pattern = sorted.isEmpty() ? null
                : Pattern.compile("(?:" + alternatives + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new Phrases<>(pattern, meanings);
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
        if (pattern == null || from > text.length()) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find(from) ? Optional.of(match(matcher)) : Optional.empty();
    }

    /** The phrase {@code text} starts with (at {@code from}), if any. */
    Optional<Match<T>> at(String text, int from) {
        if (pattern == null || from > text.length()) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(text).region(from, text.length());
        return matcher.lookingAt() ? Optional.of(match(matcher)) : Optional.empty();
    }

    boolean foundIn(String text) {
        return find(text).isPresent();
    }

    /** Whether {@code text}, trimmed, is exactly one of the phrases. */
    boolean isWhole(String text) {
        String trimmed = text.strip();
        return at(trimmed, 0).filter(m -> m.end() == trimmed.length()).isPresent();
    }

    /** The phrases as regular-expression alternatives (for callers that embed them in a larger pattern). */
    String alternation() {
        return meanings.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Phrases::regex).collect(Collectors.joining("|"));
    }

    private Match<T> match(Matcher matcher) {
        String written = matcher.group();
        return new Match<>(matcher.start(), matcher.end(), written, meanings.get(key(written)));
    }

    private static String key(String phrase) {
        return phrase.replace(VARIATION_SELECTOR, "").strip().toLowerCase(Locale.ROOT);
    }

    /** The phrase as a regex: whole-word boundaries where it begins or ends with a letter or digit. */
    private static String regex(String key) {
        StringBuilder regex = new StringBuilder();
        if (isWordChar(key.codePointAt(0))) {
            regex.append("(?<![\\p{L}\\p{N}_])");
        }
        key.codePoints().forEach(cp -> {
            if (cp == ' ') {
                regex.append("[\\s\\u00A0]+");
            } else {
                regex.append(Pattern.quote(Character.toString(cp)));
            }
        });
        regex.append("\\x{FE0F}?");
        if (isWordChar(key.codePointBefore(key.length()))) {
            regex.append("(?![\\p{L}\\p{N}_])");
        }
        return regex.toString();
    }

    /** Letters and digits need word boundaries, except ideographs, which are written without spaces. */
    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint)
                && Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN;
    }
}
