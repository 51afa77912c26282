package dev.gonogo.parse;

/** The words gonogo recognises (headings, labels, status marks and words), loaded from data. */
public final class Vocabulary {

    /** The built-in vocabulary (English and Russian). */
    public static Vocabulary defaults() {
        return new Vocabulary();
    }
}
