package dev.gonogo.history;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared across versions: Unicode-normalised, whitespace collapsed, case ignored. */
final class Names {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Names() {
    }

    static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SPACE.matcher(nfc).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
