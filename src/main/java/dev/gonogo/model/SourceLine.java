package dev.gonogo.model;

/** Something in a review that can be pointed at by its 1-based line number. */
public interface SourceLine {
    int line();
}
