package dev.gonogo.site.page;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File-name-safe ASCII slugs ({@code x0tta6bl4-3.4.0}), so links work on every static host and from
 * {@code file://} without percent-encoding. Cyrillic is transliterated rather than dropped, so Russian titles
 * still give readable names.
 */
final class Slugs {
    private static final int MAX_LENGTH = 80;
    /** Compiled once: a site plans thousands of slugs, and compiling was most of the work of each. */
    private static final Pattern DASH_RUN = Pattern.compile("[-.]*-[-.]*");
    private static final Pattern DOT_RUN = Pattern.compile("\\.{2,}");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[-._]+|[-._]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[-._]+$");
    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m",
        "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    private Slugs() {
    }

    /** The slug of a text, or {@code fallback} when nothing usable is left. */
    static String of(String text, String fallback) {
        // transliterate before decomposing, or NFKD would turn й into и + breve
        String latin = Normalizer.normalize(transliterate(text.toLowerCase(Locale.ROOT)), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
            out.append(allowed ? c : '-');
        }
        String slug = DASH_RUN.matcher(out).replaceAll("-");
        slug = EDGE_PUNCTUATION.matcher(DOT_RUN.matcher(slug).replaceAll(".")).replaceAll("");
        if (slug.length() > MAX_LENGTH) {
            slug = TRAILING_PUNCTUATION.matcher(slug.substring(0, MAX_LENGTH)).replaceAll("");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    private static String transliterate(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int cyrillic = CYRILLIC.indexOf(c);
            if (cyrillic >= 0) {
                out.append(LATIN[cyrillic]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Hands out slugs once: a slug already taken gets {@code -2}, {@code -3}… in the order asked. */
    static final class Registry {
        private final Set<String> taken = new HashSet<>();

        String claim(String slug) {
            String candidate = slug;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = slug + "-" + n;
            }
            return candidate;
        }
    }
}
