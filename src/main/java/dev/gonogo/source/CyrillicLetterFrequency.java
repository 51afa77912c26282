package dev.gonogo.source;

/**
 * Compares the letter distribution of a text with that of Russian, to tell a correctly decoded Cyrillic text
 * from one decoded with the wrong Cyrillic code page (KOI8-R read as Windows-1251 is still all Cyrillic
 * letters, just the wrong ones).
 */
final class CyrillicLetterFrequency {

    /** Below this many letters the distribution says too little to judge. */
    static final int MIN_LETTERS = 20;

    /**
     * Relative frequency (per mille) of а…я in Russian prose (Russian National Corpus, as usually quoted, rounded);
     * ё (0.04%) is counted as е.
     */
    private static final int[] RUSSIAN = {
        80, 16, 45, 17, 30, 85, 9, 16, 74, 12, 35, 44, 32, 67, 110, 28,
        47, 55, 63, 26, 3, 10, 5, 14, 7, 4, 0, 19, 17, 3, 6, 20,
    };

    private CyrillicLetterFrequency() {
    }

    /**
     * How the text compares with Russian.
     *
     * @param letters    Cyrillic letters counted
     * @param similarity cosine similarity of the а…я distribution with Russian's, from 0 to 1
     */
    record Comparison(int letters, double similarity) {
        /** Whether there are enough letters for the similarity to mean anything. */
        boolean meaningful() {
            return letters >= MIN_LETTERS;
        }
    }

    static Comparison compare(String text) {
        long[] counts = new long[RUSSIAN.length];
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            int index = indexOf(Character.toLowerCase(text.charAt(i)));
            if (index >= 0) {
                counts[index]++;
                letters++;
            }
        }
        return new Comparison(letters, cosine(counts));
    }

    private static int indexOf(char lower) {
        if (lower >= 'а' && lower <= 'я') {
            return lower - 'а';
        }
        return lower == 'ё' ? 'е' - 'а' : -1;
    }

    private static double cosine(long[] counts) {
        double dot = 0;
        double textNorm = 0;
        double russianNorm = 0;
        for (int i = 0; i < counts.length; i++) {
            dot += counts[i] * (double) RUSSIAN[i];
            textNorm += counts[i] * (double) counts[i];
            russianNorm += RUSSIAN[i] * (double) RUSSIAN[i];
        }
        return textNorm == 0 ? 0 : dot / Math.sqrt(textNorm * russianNorm);
    }
}
