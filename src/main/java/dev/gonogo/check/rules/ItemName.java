package dev.gonogo.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The name of an item (a checklist label, a test heading, a metric) reduced to what identifies it, so that
 * "Failure Injection Tests", "Failure injection tests" and "Failure Injection" meet while "Monitoring Stack" and
 * "Monitoring Scripts" stay apart.
 *
 * @param tokens the words, lower-cased, English plurals reduced ({@code tests} → {@code test})
 * @param key    the words that identify the item: {@code tokens} without a trailing "test"/"testing"
 */
record ItemName(List<String> tokens, List<String> key) {

    /** Words that only say what kind of item it is ("Stability Test" is the stability test). */
    private static final Set<String> KIND_WORDS = Set.of("test", "testing", "тест", "тесты", "тестирование");

    /** Shortest name a free-text mention is matched against: one word ("Security") is too common to tell. */
    private static final int MIN_MENTION_WORDS = 2;

    ItemName {
        tokens = List.copyOf(tokens);
        key = List.copyOf(key);
    }

    static ItemName of(String text) {
        List<String> tokens = tokens(text);
        List<String> key = new ArrayList<>(tokens);
        while (key.size() > 1 && KIND_WORDS.contains(key.get(key.size() - 1))) {
            key.remove(key.size() - 1);
        }
        return new ItemName(tokens, key);
    }

    /** The words of a text as compared: lower case, plurals reduced. A hand-written scan: this runs per item. */
    static List<String> tokens(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                word.appendCodePoint(Character.toLowerCase(codePoint));
            } else if (word.length() > 0) {
                words.add(singular(word.toString()));
                word.setLength(0);
            }
            i += Character.charCount(codePoint);
        }
        if (word.length() > 0) {
            words.add(singular(word.toString()));
        }
        return words;
    }

    boolean isEmpty() {
        return key.isEmpty();
    }

    /** The key as one string, for grouping. */
    String keyText() {
        return String.join(" ", key);
    }

    /** True when free text names this item: its words, or its key of two words or more, stand in it in order. */
    boolean isMentionedIn(List<String> text) {
        return (tokens.size() >= MIN_MENTION_WORDS && contains(text, tokens))
                || (key.size() >= MIN_MENTION_WORDS && contains(text, key));
    }

    private static boolean contains(List<String> text, List<String> words) {
        for (int start = 0; start + words.size() <= text.size(); start++) {
            if (text.subList(start, start + words.size()).equals(words)) {
                return true;
            }
        }
        return false;
    }

    /** English plural to singular, conservatively: "tests" → "test", "dependencies" → "dependency", "status" kept. */
    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
