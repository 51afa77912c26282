package dev.gonogo.model;

import java.util.Objects;

/**
 * Something the parser could not read as intended. Parsing never fails on bad Markdown: it records a problem
 * with its position and goes on.
 *
 * @param line    1-based line, or 0 for the document as a whole
 * @param message what is wrong, in words an author can act on
 */
public record Problem(int line, String message) implements SourceLine {
    public Problem {
        Objects.requireNonNull(message, "message");
    }
}
