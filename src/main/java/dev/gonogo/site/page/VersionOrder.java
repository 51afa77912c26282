package dev.gonogo.site.page;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Orders version strings as people read them: numbers by value ({@code 3.10 > 3.9}), a leading {@code v}
 * ignored, other text case-insensitively, a version that extends another after it ({@code 3.4.0-fixed2} after
 * {@code 3.4.0}).
 */
final class VersionOrder implements Comparator<String> {
    static final VersionOrder INSTANCE = new VersionOrder();

    private VersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        List<String> left = tokens(a);
        List<String> right = tokens(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int c = compareToken(left.get(i), right.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static int compareToken(String a, String b) {
        boolean numberA = Character.isDigit(a.charAt(0));
        boolean numberB = Character.isDigit(b.charAt(0));
        if (numberA && numberB) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        if (numberA != numberB) {
            return numberA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** Runs of digits and runs of letters; separators only split. */
    private static List<String> tokens(String version) {
        String text = version.trim().toLowerCase(Locale.ROOT);
        if (text.length() > 1 && text.charAt(0) == 'v' && Character.isDigit(text.charAt(1))) {
            text = text.substring(1);
        }
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            if (Character.isDigit(c)) {
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
            } else if (Character.isLetter(c)) {
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
            } else {
                i = end;
                continue;
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }
}
